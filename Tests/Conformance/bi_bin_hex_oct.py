# bin(), hex(), oct() with negatives, zero, big ints, bools and __index__; int() round-trips.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for n in [0, 1, -1, 7, -7, 255, -256, 2**31, 2**64 - 1, -(2**100), 10**30, True, False]:
    print(n, bin(n), oct(n), hex(n))
    assert int(bin(n), 0) == n and int(oct(n), 0) == n and int(hex(n), 0) == n
    assert int(bin(n), 2) == n and int(oct(n), 8) == n and int(hex(n), 16) == n

show(lambda: bin(1.0))
show(lambda: oct("7"))
show(lambda: hex(None))
show(lambda: hex(2.5))
show(lambda: bin([]))

print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "X"))
print(format(255, "#b"), format(255, "#o"), format(255, "#x"), format(255, "#X"))
print(format(5, "08b"), format(-5, "08b"), format(2**40, "x"), format(2**20, "b"))
print(f"{0xdead_beef:#x}", f"{0o777:o}", f"{0b1010:#b}", 0x_ff, 0o_17, 0b_1_1)
print(hex(int("ff", 16)), int("0xFF", 16), int("0o17", 8), int("0b11", 2), int("Z", 36), int("zz", 36))
print(hex(-0), bin(-0), len(bin(2**1000)), hex(2**1000).count("0"))
