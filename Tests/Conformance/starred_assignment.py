a, *b = [1, 2, 3]
*c, d = "xyz"
e, *f, g = range(6)
h, *i = (1,)
print(a, b, c, d, e, f, g, h, i)
for first, *rest in [(1, 2, 3), (4,)]:
    print(first, rest)
try:
    x, *y, z = [1]
except ValueError as err:
    print(err)
[p, *q] = {1: 2}
print(p, q)
