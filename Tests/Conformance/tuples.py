# Tuples: building, unpacking, concatenation, comparison for equality.
t = (1, 2, 3)
a, b, c = t
print(t, a + b + c, t + (4, 5), len(t), (), (1,), ((1, 2), (3,)))
x, y = y, x = 1, 2
print(x, y)
print((1, 2) == (1, 2), (1, 2) == (1, 2.0), (1, 2) != (2, 1))
