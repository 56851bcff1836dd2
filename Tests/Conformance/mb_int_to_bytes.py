# int.to_bytes / int.from_bytes: byteorder, signed, default arguments, boundary values, OverflowError messages.
for n in [0, 1, 127, 128, 255, 256, 65535, 65536, 2**31 - 1, 2**32 - 1, 2**63, 2**64 - 1]:
    size = max(1, (n.bit_length() + 7) // 8)
    print(n, n.to_bytes(size, "big"), n.to_bytes(size, "little"), n.to_bytes(size + 1, "big"))

for n in [-1, -128, -129, 127, -32768, 32767, -2**63]:
    size = (n.bit_length() + 8) // 8
    print(n, size, n.to_bytes(size, "big", signed=True), n.to_bytes(size, "little", signed=True))

print((5).to_bytes(), (5).to_bytes(2), (5).to_bytes(length=3, byteorder="little"), (0).to_bytes(0, "big"), (1).to_bytes(1, "big", signed=False))

for call in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (128).to_bytes(1, "big", signed=True),
             lambda: (-129).to_bytes(1, "little", signed=True), lambda: (1).to_bytes(0, "big"), lambda: (1).to_bytes(-1, "big"),
             lambda: (1).to_bytes(1, "middle"), lambda: (1).to_bytes(1, 0), lambda: (1).to_bytes(1.0, "big")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

raw = [b"", b"\x00", b"\x01", b"\x7f", b"\x80", b"\xff", b"\x00\x01", b"\x01\x00", b"\xff\xff", b"\x80\x00", b"\x12\x34\x56\x78", bytes(9)]
for r in raw:
    print(r, int.from_bytes(r, "big"), int.from_bytes(r, "little"), int.from_bytes(r, "big", signed=True), int.from_bytes(r, "little", signed=True))

print(int.from_bytes([1, 2]), int.from_bytes(bytearray(b"\x01\x00"), "little"), int.from_bytes((255,), "big", signed=True), int.from_bytes(iter([0, 1]), "big"))
for call in [lambda: int.from_bytes(b"\x01", "sideways"), lambda: int.from_bytes([256], "big"),
             lambda: int.from_bytes(b"\x01", byteorder="little", signed=1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

# roundtrips
for n in [0, 1, -1, 12345, -12345, 2**100, -(2**100) + 7]:
    length = (n.bit_length() + 8) // 8
    for order in ["big", "little"]:
        b = n.to_bytes(length, order, signed=True)
        assert int.from_bytes(b, order, signed=True) == n
    print(n, length, n.to_bytes(length, "big", signed=True).hex())

# bool is an int
print(True.to_bytes(1, "big"), int.from_bytes(b"\x01", "big") == True, type(int.from_bytes(b"\x01", "big")).__name__)
