# bytes: hex() with separators and grouping, bytes.fromhex/bytearray.fromhex whitespace rules, and their error messages.
b = bytes(range(0, 256, 37))
print(b.hex(), b"".hex(), b"\x00".hex(), bytearray(b"\xab\xcd").hex())
print(b.hex(":"), b.hex("-", 2), b.hex("-", -2), b.hex(" ", 3), b.hex(b"|"), b.hex("_", 10), b"\x01".hex(":"))
print(bytes.fromhex(""), bytes.fromhex("00ff7f"), bytes.fromhex(" 01 02  03 "), bytes.fromhex("DeadBeef"), bytes.fromhex("\t0a\n0b"))
print(bytearray.fromhex("41 42"), type(bytearray.fromhex("")).__name__)
for bad in ["0", "0g", "1 23", "zz", "0x10", "12 3", "é1"]:
    try:
        print(bytes.fromhex(bad))
    except ValueError as e:
        print(type(e).__name__, e)
for call in [lambda: b"ab".hex("::"), lambda: bytes.fromhex(b"00"), lambda: bytearray.fromhex(5)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# roundtrip
for data in [b"", b"\x00\x01", b"hello", bytes(range(16))]:
    h = data.hex()
    print(h, bytes.fromhex(h) == data, len(h) == 2 * len(data))

# hex by hand, compared with hex()
def tohex(data):
    digits = "0123456789abcdef"
    return "".join(digits[c >> 4] + digits[c & 15] for c in data)
def fromhex(text):
    vals = {ch: i for i, ch in enumerate("0123456789abcdef")}
    text = text.lower()
    return bytes(vals[text[i]] * 16 + vals[text[i + 1]] for i in range(0, len(text), 2))
for data in [b"Tiercel!", b"\xff\xfe\x00"]:
    print(tohex(data), tohex(data) == data.hex(), fromhex(data.hex().upper()) == data)

# int formatting of bytes values
print(" ".join(f"{c:02X}" for c in b"\x0a\xbc"), " ".join(format(c, "08b") for c in b"\x05\xa0"), [hex(c) for c in b"\x00\x10"])
