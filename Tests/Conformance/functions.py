# Functions: globals, locals, return values, nesting of calls.
counter = 0

def bump(k):
    global counter
    counter = counter + k
    return counter

def square(x):
    return x * x

def compose(x):
    return square(bump(x)) + square(x)

print(compose(2), compose(3), counter)

def nothing():
    pass

print(nothing())

def many(a, b, c, d):
    return (a, b, c, d)

print(many(1, 2.0, "three", (4,)))
