# repr of floats across magnitudes and results of arithmetic.
x = 1.0
for i in range(25):
    print(x, -x, x / 3, 1 / x)
    x = x * 10.0
y = 1.0
for i in range(20):
    y = y / 7.0
    print(y)
print(0.1 * 3, 1e22, 1e21, 123456789012345678.0, 2.0 ** 0.5, 1 / 3 * 3)
