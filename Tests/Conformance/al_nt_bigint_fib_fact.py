# Big integers: Fibonacci beyond 64 bits (iterative, fast doubling),
# factorial digits and trailing zeros, digit sums, Catalan and binomials.
import math


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_doubling(n):
    if n == 0:
        return 0, 1
    a, b = fib_doubling(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n & 1 else (c, d)


for n in [90, 93, 94, 100, 200, 300]:
    f = fib_iter(n)
    print(n, f, f.bit_length(), f == fib_doubling(n)[0], f > 2**64 - 1)
f1000 = fib_doubling(1000)[0]
print(len(str(f1000)), str(f1000)[:20], str(f1000)[-20:], sum(map(int, str(f1000))))
print(fib_doubling(10**4)[0] % 10**12, fib_doubling(10**4)[0].bit_length())

fact = 1
for k in range(1, 101):
    fact *= k
    if k in (20, 21, 25, 50):
        print(k, fact)
print(fact == math.factorial(100), len(str(fact)), sum(int(d) for d in str(fact)))


def trailing_zeros(n):
    z, p = 0, 5
    while p <= n:
        z += n // p
        p *= 5
    return z


s = str(fact)
print(trailing_zeros(100), len(s) - len(s.rstrip("0")), [trailing_zeros(n) for n in [4, 5, 24, 25, 1000, 10**9]])
print(math.factorial(30) // math.factorial(28), math.comb(100, 50), math.perm(20, 5))
catalan = [math.comb(2 * n, n) // (n + 1) for n in range(20)]
print(catalan)
print([math.comb(10, k) for k in range(11)], sum(math.comb(60, k) for k in range(61)) == 2**60)
x = 3**200
print(x, x.bit_length(), x % 1000007, -x // 7 == -(x // 7) - 1, divmod(-x, 10**20))
print(hex(2**100 - 1), oct(10**25)[:12], bin(fib_iter(100)).count("1"), int("9" * 40) + 1 == 10**40)
print(f"{2**70:,}", f"{fib_iter(120):_}", "%d" % (10**22), "%x" % (2**80 + 255))
print(10**50 // 3, 10**50 % 3, (10**50) ** 0 , abs(-10**30), -(10**30) % 7)
try:
    math.factorial(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
