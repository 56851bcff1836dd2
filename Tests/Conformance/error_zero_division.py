# An uncaught exception: output so far, then the error, exit status 1.
print("before")
def divide(a, b):
    return a / b
print(divide(1, 2))
print(divide(1, 0))
