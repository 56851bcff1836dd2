# Euclid, modular exponentiation by squaring, and big powers.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def power_mod(base, exp, mod):
    result = 1
    base = base % mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        exp >>= 1
        base = base * base % mod
    return result

print(gcd(1071, 462), gcd(2 ** 100, 6 ** 50), gcd(0, 5), gcd(-12, 18))
print(power_mod(3, 200, 1000000007), power_mod(2, 10 ** 20, 97))
print(3 ** 200, (-2) ** 63, 2 ** 64 - 1, -(2 ** 64) // 3, (10 ** 40) % 7)
