# pow() with two and three arguments: negative exponents, modular inverse, big ints, floats and error messages.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(-2, -3), pow(0, 0), pow(2.5, 2), pow(4, 0.5), pow(10, 20), pow(-8, 1/3) if False else 0)
print(pow(2, 100), pow(3, 200) % 1000, pow(7, 0), pow(0, 5), pow(1, -10**10), pow(-1, 10**18 + 1))
for b, e, m in [(2, 10, 1000), (3, 200, 13), (-3, 5, 7), (5, 3, -7), (2, 0, 1), (2, 0, 5), (7, 10**20, 10**9 + 7),
                (10**30, 3, 97), (0, 0, 7), (4, 1, 3), (-1, 3, 5), (12345678901234567890, 98765, 1000000007)]:
    print(b, e, m, pow(b, e, m), pow(b, e, m) == (b ** e) % m if e < 1000 else "")
for b, m in [(3, 11), (2, 7), (10, 17), (-3, 7), (3, -11), (123456789, 10**9 + 7)]:
    inv = pow(b, -1, m)
    print("inverse", b, m, inv, (b * inv) % m)
print(pow(3, -2, 11), pow(2, -3, 5), pow(5, 117, 19))
print(2 ** -1, (-2) ** 2, -2 ** 2, 2 ** 3 ** 2, 0.0 ** 0, 1.5 ** -2, (-0.5) ** 3, 2 ** 0.5)

show(lambda: pow(2, 3, 0))
show(lambda: pow(2, -1, 4))
show(lambda: pow(0, -1, 7))
show(lambda: pow(2, 3.0, 5))
show(lambda: pow(2.0, 3, 5))
show(lambda: pow(0, -1))
show(lambda: pow(0.0, -1))
show(lambda: pow("2", 2))
show(lambda: pow(2, "2"))
show(lambda: pow(10.0, 400))
show(lambda: pow(-8.0, 1 / 3) if False else pow(-8, 0.5) if False else "skip")
show(lambda: 0 ** -1)
show(lambda: 2.0 ** 10000)

