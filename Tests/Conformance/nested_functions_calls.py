# Calls through globals, functions as values, recursion depth well inside the limit.
def apply(f, x):
    return f(x)

def double(x):
    return x * 2

def triple(x):
    return x * 3

fs = [double, triple]
for f in fs:
    print(apply(f, 7))

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(900))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print(ackermann(2, 3))
