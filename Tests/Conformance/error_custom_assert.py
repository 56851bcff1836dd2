def check(n):
    assert n < 3, f"n too big: {n}"
    return n
for i in range(5):
    print(check(i))
