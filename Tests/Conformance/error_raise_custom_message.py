def check(x):
    if x > 2:
        raise ValueError("x is too large: " + str(x))
    return x
for i in range(5):
    print(check(i))
