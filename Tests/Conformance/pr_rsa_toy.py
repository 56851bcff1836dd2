# A toy RSA with big integers: Miller-Rabin primes, extended gcd, modular inverse, pow(), text encode/sign/verify.
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
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def next_prime(n):
    n |= 1
    while not is_probable_prime(n):
        n += 2
    return n


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse mod {m}")
    return x % m


p = next_prime(2 ** 127 + 12345)
q = next_prime(3 ** 80)
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
print(p)
print(q)
print(n.bit_length(), len(str(n)), e * d % phi)
print(d == pow(e, -1, phi))


def encode(text):
    return sum(ord(c) << (8 * i) for i, c in enumerate(reversed(text)))


def decode(m):
    chars = []
    while m:
        chars.append(chr(m & 0xFF))
        m >>= 8
    return "".join(reversed(chars))


msg = "Attack at dawn!"
m = encode(msg)
c = pow(m, e, n)
print(m)
print(c)
print(decode(pow(c, d, n)))
sig = pow(encode("I owe you 5"), d, n)
print(pow(sig, e, n) == encode("I owe you 5"), pow(sig, e, n) == encode("I owe you 500"))
print([x for x in range(90, 130) if is_probable_prime(x)])
print(is_probable_prime(561), is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 61 + 1), is_probable_prime(2 ** 89 - 1))
print(egcd(240, 46), modinv(3, 11), modinv(10, 17))
for a, mod in [(6, 9), (0, 7)]:
    try:
        modinv(a, mod)
    except ValueError as err:
        print("ValueError:", err)
try:
    pow(6, -1, 9)
except ValueError as err:
    print("ValueError:", err)
print(pow(2, 10 ** 18, 10 ** 9 + 7), pow(-3, 3, 7), pow(3, 0, 1))
try:
    pow(2, 3, 0)
except ValueError as err:
    print("ValueError:", err)
