# Number theory: sieve of Eratosthenes, segmented sieve, trial-division
# factorisation, divisor functions, Euler's totient, perfect numbers.
import math


def sieve(n):
    if n < 2:
        return []
    is_p = bytearray([1]) * (n + 1)
    is_p[0] = is_p[1] = 0
    for i in range(2, math.isqrt(n) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytearray(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]


def segmented(lo, hi):
    base = sieve(math.isqrt(hi))
    mark = [True] * (hi - lo + 1)
    for p in base:
        start = max(p * p, (lo + p - 1) // p * p)
        for m in range(start, hi + 1, p):
            mark[m - lo] = False
    return [lo + i for i, ok in enumerate(mark) if ok and lo + i > 1]


def factorize(n):
    if n < 1:
        raise ValueError("cannot factor %d" % n)
    f = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            f[d] = f.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        f[n] = f.get(n, 0) + 1
    return f


def fmt(f):
    return " * ".join("%d^%d" % (p, e) if e > 1 else str(p) for p, e in sorted(f.items())) or "1"


def divisors(n):
    small = [d for d in range(1, math.isqrt(n) + 1) if n % d == 0]
    return small + [n // d for d in reversed(small) if d * d != n]


def phi(n):
    result = n
    for p in factorize(n):
        result -= result // p
    return result


ps = sieve(100)
print(len(ps), ps)
print(sieve(1), sieve(2), len(sieve(1000)), sieve(1000)[-3:])
print(segmented(1000, 1100))
print(segmented(10**6 - 50, 10**6 + 50))
for n in [1, 2, 12, 360, 97, 1001, 2**10 * 3**5, 13195, 2**19 - 1, 2**40]:
    print(n, "=", fmt(factorize(n)))
for n in [1, 6, 28, 36, 100, 97]:
    ds = divisors(n)
    print(n, ds, "sigma", sum(ds), "tau", len(ds), "phi", phi(n))
print("perfect:", [n for n in range(2, 600) if n % 2 == 0 and sum(divisors(n)) == 2 * n])
print("twin primes:", [(p, p + 2) for p, q in zip(ps, ps[1:]) if q == p + 2])
gaps = [q - p for p, q in zip(ps, ps[1:])]
print("max gap below 100:", max(gaps), "at", ps[gaps.index(max(gaps))])
try:
    factorize(0)
except ValueError as e:
    print(type(e).__name__, e)
