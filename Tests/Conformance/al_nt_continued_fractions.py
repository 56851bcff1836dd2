# Continued fractions: expansion of rationals (as int pairs), convergents,
# periodic expansion of sqrt(n), Pell's equation, and float approximations.
import math


def cf_rational(p, q):
    terms = []
    while q:
        a, r = divmod(p, q)
        terms.append(a)
        p, q = q, r
    return terms


def convergents(terms):
    h0, h1 = 0, 1
    k0, k1 = 1, 0
    out = []
    for a in terms:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        out.append((h1, k1))
    return out


def cf_sqrt(n):
    a0 = math.isqrt(n)
    if a0 * a0 == n:
        return [a0], []
    m, d, a = 0, 1, a0
    period = []
    while True:
        m = d * a - m
        d = (n - m * m) // d
        a = (a0 + m) // d
        period.append(a)
        if a == 2 * a0:
            return [a0], period


def pell(n):
    a0, period = cf_sqrt(n)
    if not period:
        raise ValueError("%d is a perfect square" % n)
    terms = a0 + period * 2
    for x, y in convergents(terms):
        if x * x - n * y * y == 1:
            return x, y


def cf_float(x, n=8):
    terms = []
    for _ in range(n):
        a = math.floor(x)
        terms.append(a)
        frac = x - a
        if frac < 1e-9:
            break
        x = 1 / frac
    return terms


print(cf_rational(415, 93), cf_rational(93, 415), cf_rational(-7, 3), cf_rational(10, 5))
print(convergents(cf_rational(415, 93)))
for n in [2, 3, 7, 13, 19, 61, 16, 94]:
    print(n, cf_sqrt(n))
for n in [2, 3, 13, 61, 109]:
    x, y = pell(n)
    print("pell", n, x, y, x * x - n * y * y)
try:
    pell(49)
except ValueError as e:
    print(type(e).__name__, e)
print("pi", cf_float(math.pi, 5))
for p, q in convergents(cf_float(math.pi, 5)):
    print("  %d/%d = %.10f err %.3e" % (p, q, p / q, abs(p / q - math.pi)))
print("e", cf_float(math.e, 10), "phi", cf_float((1 + 5 ** 0.5) / 2, 10))
print(convergents([1] * 12)[-1], convergents([2] + [1, 2, 1, 1, 4, 1, 1, 6]))
print(math.floor(-2.5), math.ceil(-2.5), math.floor(7), math.trunc(-3.9), round(2.5), round(3.5), round(-0.5))
print(math.isqrt(10**30), math.isqrt(2), (10**30) ** 0.5 == 1e15)
