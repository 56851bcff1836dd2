vals = [0, 1, -1, 5, -6, 255, -256, 2**64 + 3, -(2**70) + 1]
for a in vals:
    print(a, ~a, a & 0xFF, a | 8, a ^ -1, a >> 1, a << 3, a.bit_length())
print(6 & -3, 6 | -3, 6 ^ -3, -6 & -3, -6 | -3, -6 ^ -3)
print((2**100) & (2**100 - 1), (2**100) | 1, (2**100 + 5) ^ (2**100), -(2**100) & 0xFFFF)
print(1 << 100, (1 << 100) >> 99, -1 >> 100, -(2**100) >> 98, 5 >> 64, -5 >> 64)
print((0).bit_length(), (-1).bit_length(), (2**63).bit_length(), (-(2**63)).bit_length())
print(True & False, True | False, True ^ True, ~True, True << 2, type(True & True).__name__)
print(0b1010 & 0b0110, 0o17 | 0x10, 0xF0 ^ 0x0F, 1_000 << 1)
x = 0b1111
x &= 0b1010
x |= 0b0100
x ^= 1
x <<= 2
x >>= 1
print(x, bin(x))
mask = (1 << 8) - 1
print([(n & mask, n >> 8 & mask) for n in (0x1234, 0xABCD, -1)])
for thunk in [
    lambda: 1 << -1,
    lambda: 1 >> -2,
    lambda: 1.5 & 1,
    lambda: 1 | "a",
    lambda: ~1.5,
    lambda: 1 << 2.0,
    lambda: "a" ^ 1,
    lambda: 1 << (1 << 100),
    lambda: [1] & [2],
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
print(int.bit_length(1024), (10**30).bit_length(), (-(2**100)).bit_length())
