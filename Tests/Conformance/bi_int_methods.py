# int methods and attributes: bit_length, conjugate, real/imag/numerator/denominator, big ints.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for n in [0, 1, -1, 2, 7, 8, 255, 256, -256, 2**31 - 1, 2**63, -(2**63), 10**30, 2**1000 - 1, True, False]:
    print(n if abs(n) < 10**40 else "big", n.bit_length(), n.conjugate() == n, n.real == n, n.imag, n.numerator == n, n.denominator)
print((5).bit_length(), int.bit_length(1024), (-1024).bit_length(), type(True.real).__name__, int.__name__, (7).__class__.__name__)
big = 3 ** 200
print(len(str(big)), str(big)[:20], big % 1000007, big // 3 ** 199, (big >> 300).bit_length(), (-big) >> 310 if False else (-big) >> 310)
print(-7 >> 1, -7 << 3, 1 << 100, (1 << 100) >> 99, -1 >> 100, 5 & -2, -5 | 3, -5 ^ 3, ~0, ~-1, ~(2**70))
print(12345678901234567890 * 98765432109876543210, (10**40 + 1) // 7, -(10**40) // 7, (10**40) % -7, divmod(-10**25, 10**12))
print(int("1" * 100) % 97, pow(10, 50) - 1 == int("9" * 50), 2**64 // 2**32, 2**64 / 2**32, (2**70) * 1.0, 10**20 / 3)
show(lambda: (1).nope)
show(lambda: 1 << -1)
show(lambda: 1 >> -1)
show(lambda: 10**400 / 1)
show(lambda: 1 / 10**400)
show(lambda: 2 ** 10000 * 1.0)
show(lambda: (5).numerator.bit_length())
