# gcd/lcm (Euclid, binary GCD, math), extended Euclid, modular inverse
# (own and pow(x, -1, m)), Chinese remainder theorem, linear Diophantine.
import math
from functools import reduce


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def binary_gcd(a, b):
    a, b = abs(a), abs(b)
    if a == 0 or b == 0:
        return a | b
    shift = 0
    while (a | b) & 1 == 0:
        a >>= 1
        b >>= 1
        shift += 1
    while a & 1 == 0:
        a >>= 1
    while b:
        while b & 1 == 0:
            b >>= 1
        if a > b:
            a, b = b, a
        b -= a
    return a << shift


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def modinv(a, m):
    g, x, _ = egcd(a % m, m)
    if g != 1:
        raise ValueError("%d has no inverse mod %d (gcd %d)" % (a, m, g))
    return x % m


def crt(residues, moduli):
    x, m = 0, 1
    for r, n in zip(residues, moduli):
        g, p, q = egcd(m, n)
        if (r - x) % g:
            raise ValueError("no solution for x=%d mod %d" % (r, n))
        x += m * ((r - x) // g * p % (n // g))
        m = m * n // g
        x %= m
    return x, m


pairs = [(48, 18), (17, 5), (0, 9), (-12, 18), (2**64, 2**40 * 3), (10**30 + 1, 10**15 + 1), (0, 0)]
for a, b in pairs:
    print(a, b, gcd(a, b), binary_gcd(a, b), math.gcd(a, b), egcd(a, b) if a >= 0 and b > 0 else "-")
print(math.lcm(4, 6, 10), reduce(lambda x, y: x * y // math.gcd(x, y), range(1, 21)), math.gcd(), math.lcm())
print(math.gcd(12, 18, 27), math.lcm(0, 5), math.lcm(-4, 6))
for a, m in [(3, 11), (10, 17), (7, 26), (2**100 + 1, 10**9 + 7), (6, 9), (5, 1)]:
    try:
        inv = modinv(a, m)
        print(a, m, inv, pow(a, -1, m), (a * inv) % m)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    pow(6, -1, 9)
except ValueError as e:
    print(type(e).__name__, e)
print(crt([2, 3, 2], [3, 5, 7]), crt([1, 4, 6], [3, 5, 7]), crt([3, 5], [4, 6]))
try:
    crt([1, 2], [4, 6])
except ValueError as e:
    print(type(e).__name__, e)


def diophantine(a, b, c):
    g, x, y = egcd(a, b)
    if c % g:
        return None
    k = c // g
    return x * k, y * k


for a, b, c in [(3, 5, 7), (6, 10, 4), (6, 10, 5), (12, 8, 100)]:
    sol = diophantine(a, b, c)
    print(a, b, c, sol, sol and a * sol[0] + b * sol[1] == c)
