# Fast exponentiation (square-and-multiply, with trace), matrix power, and
# deterministic Miller-Rabin with fixed bases on numbers beyond 64 bits.

def power(base, exp, mod=None, trace=False):
    result = 1
    b = base
    e = exp
    while e:
        if e & 1:
            result = result * b if mod is None else result * b % mod
        b = b * b if mod is None else b * b % mod
        if trace:
            print("   e=%-4d bit=%d result=%d" % (e, e & 1, result))
        e >>= 1
    return result


print(power(3, 13, trace=True), 3 ** 13)
print(power(7, 560, 561), pow(7, 560, 561), power(2, 10**18, 10**9 + 7) == pow(2, 10**18, 10**9 + 7))
print(power(2, 200), power(-3, 5), power(5, 0, 1), pow(5, 0, 1), pow(-7, 3, 10), power(-7, 3, 10))


def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


print([n for n in range(100) if is_probable_prime(n)])
carmichael = [561, 1105, 1729, 2465, 2821, 6601, 8911]
print([is_probable_prime(c) for c in carmichael], [pow(2, c - 1, c) == 1 for c in carmichael])
big = [2**61 - 1, 2**64 + 13, 2**89 - 1, 2**127 - 1, (2**61 - 1) * (2**31 - 1), 10**20 + 39, 10**20 + 1]
for n in big:
    print(n, n.bit_length(), is_probable_prime(n))
n = 2**64
while not is_probable_prime(n):
    n += 1
print("next prime after 2**64:", n, n - 2**64)


def mat_mult(A, B, mod):
    return [[sum(A[i][k] * B[k][j] for k in range(2)) % mod for j in range(2)] for i in range(2)]


def fib_mod(n, mod):
    R = [[1, 0], [0, 1]]
    M = [[1, 1], [1, 0]]
    while n:
        if n & 1:
            R = mat_mult(R, M, mod)
        M = mat_mult(M, M, mod)
        n >>= 1
    return R[0][1]


print([fib_mod(n, 10**9) for n in range(15)], fib_mod(10**15, 10**9 + 7), fib_mod(100, 2**64))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
print(pow(2, -2), pow(3, 4, -5), pow(0, 0))
