# Bit manipulation: popcount three ways, lowest set bit, power-of-two tests,
# Gray code, subset enumeration by mask, Gosper's hack, bit reversal, and
# negative numbers with masks.

def popcount_loop(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c


for n in [0, 1, 7, 8, 255, 1023, 2**64 - 1, 2**100 + 5, 0b1011_0110]:
    print(n, popcount_loop(n), bin(n).count("1"), n.bit_count(), n.bit_length(), n & -n)
print([n for n in range(70) if n and n & (n - 1) == 0], (2**90) & (2**90 - 1) == 0)


def gray(n):
    return n ^ (n >> 1)


def gray_inverse(g):
    n = 0
    while g:
        n ^= g
        g >>= 1
    return n


codes = [gray(i) for i in range(16)]
print([format(c, "04b") for c in codes])
print(all(popcount_loop(a ^ b) == 1 for a, b in zip(codes, codes[1:])), [gray_inverse(c) for c in codes] == list(range(16)))

items = ["a", "b", "c", "d"]
subs = ["".join(items[i] for i in range(4) if mask >> i & 1) or "-" for mask in range(16)]
print(subs)
mask = 0b1011
sub, out = mask, []
while True:
    out.append(format(sub, "04b"))
    if sub == 0:
        break
    sub = (sub - 1) & mask
print("submasks of 1011:", out)


def gosper(k, n):
    x = (1 << k) - 1
    while x < 1 << n:
        yield x
        c = x & -x
        r = x + c
        x = (((r ^ x) >> 2) // c) | r


print([format(x, "05b") for x in gosper(2, 5)], len(list(gosper(3, 8))))


def reverse_bits(n, width=8):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r


print([reverse_bits(x) for x in (1, 2, 0b1101, 255, 0)], hex(reverse_bits(0x12345678, 32)))
print(-5 & 0xFF, bin(-5 & 0xFFFF), -1 >> 10, -16 >> 2, ~7, ~-1, -(2**70) >> 68, (-1) & (2**70 - 1) == 2**70 - 1)


def to_signed(x, bits):
    return x - (1 << bits) if x & (1 << (bits - 1)) else x


print([to_signed(v, 8) for v in (0, 127, 128, 200, 255)], to_signed(0xFFFFFFFF, 32))
print(5 ^ 3, 5 | 3, 5 & 3, 1 << 65, (1 << 65) >> 64, 0xF0 >> 4 << 4)
x, y = 12, 34
x ^= y
y ^= x
x ^= y
print("swapped", x, y, int("1" * 70, 2) == 2**70 - 1, (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(2.0 & 1)
except TypeError as e:
    print(type(e).__name__, e)
