# bytes/bytearray constructors: from int size, iterables of ints, str+encoding, bytes-likes, and errors.
print(bytes(), bytes(0), bytes(4), bytes([]), bytes([0, 127, 255]), bytes((65, 66)), bytes(range(97, 100)))
print(bytes(b"copy"), bytes(bytearray(b"ba")), bytes("text", "ascii"), bytes("é", "utf-8"), bytes("é", encoding="latin-1"))
print(bytes("aé", "ascii", "replace"), bytes("aé", "ascii", errors="ignore"), bytes(x * 2 for x in range(3)), bytes({7: "x"}))
print(bytearray(), bytearray(3), bytearray([1, 2]), bytearray(b"x"), bytearray("yz", "utf-8"), bytearray(bytearray(b"q")))
print(bytes.fromhex("41"), bytes(iter([1, 2, 3])), bytes(reversed(b"abc")), bytes(map(ord, "map")), bytes(True), bytes(False))

for call in [lambda: bytes("text"), lambda: bytes(-1), lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes(["a"]),
             lambda: bytes([1.0]), lambda: bytes(1.5), lambda: bytes(None), lambda: bytes(b"x", "utf-8"),
             lambda: bytes(5, "utf-8"), lambda: bytes("x", "no-such-codec"),
             lambda: bytearray("text"), lambda: bytearray(-2), lambda: bytearray([300]), lambda: bytes(object()),
             lambda: bytes("x", errors="strict"), lambda: bytes([1], "ascii")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

# type checks and conversions
for v in [b"", bytearray(), bytes(2), bytearray(2)]:
    print(type(v).__name__, isinstance(v, bytes), isinstance(v, bytearray), len(v))
print(bytes is type(b""), bytearray.__name__, bytes.__name__, type(bytes(bytearray(b"a"))).__name__)

# constructing from a list built by a comprehension, and zero-filled buffers
buf = bytearray(8)
for i in range(0, 8, 3):
    buf[i] = 0xFF
print(buf, bytes(buf), list(buf))
print(bytes([c for c in range(256) if chr(c).isdigit()]))
