def f(a, b):
    return a
print(f(1))
