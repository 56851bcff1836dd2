# Floats print with CPython's shortest round-trip repr.
xs = (0.0, -0.0, 0.1, 1.5, -2.25, 1e16, 1e-5, 123456789.123, 3.0)
for x in xs:
    for y in xs:
        print(x + y, x - y, x * y, x < y, x == y)
        if y != 0:
            print(x / y, x // y, x % y)
print(2 ** 0.5, 10 ** -2, 7 // 2.0, -7 % 3.0, 1 / 3)
print(0.1 + 0.2, 1e300 * 1e10, -(1e300 * 1e10))
