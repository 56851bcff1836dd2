# print's sep/end, and keyword arguments to Python functions.
print(1, 2, 3, sep=", ")
print("no newline", end="")
print(" then this", end="!\n")
print("a", "b", sep="")
def point(x, y, z):
    return (x, y, z)
print(point(1, 2, 3), point(1, z=3, y=2), point(z=1, y=2, x=3))
