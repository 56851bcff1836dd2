# bytes and bytearray: literals, methods, codecs, int.to_bytes/from_bytes, bytearray mutation.
b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], list(b[:3]))
print(b.upper(), b.split(), b.split(b"o"), b.replace(b"l", b"L", 2), b.find(b"wor"), b.count(b"l"), b.index(111))
print(b"a,b,,c".split(b","), b"  x  y ".split(), b"x\ty\n".rsplit(None, 1), b"ab".join([b"1", b"2", b"3"]))
print(b"abc" + b"def", b"ab" * 3, 3 * b"x", b"" == b"", b"a" < b"b", b"abc" < b"abd", b"ab" < b"abc")
print(hash(b"abc") == hash("abc"), {b"k": 1}[b"k"], b"lo" in b, 104 in b, 300 in b"" if False else 0)
print(bytes(3), bytes([65, 66, 67]), bytes("héllo", "utf-8"), bytes(range(5)), bytes(b"xy"), bytes())
print("héllo".encode(), "abc".encode("ascii"), "é".encode("latin-1"), "€".encode("utf-8"), "x€y".encode("ascii", "replace"))
print(b"h\xc3\xa9llo".decode(), b"abc".decode("ascii"), b"\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"))
for bad in [lambda: b"\xff".decode(), lambda: b"\xe4\xbd".decode(), lambda: b"\xe4\x41".decode(), lambda: "é".encode("ascii"),
            lambda: "ab€€".encode("latin-1"), lambda: b"a" + "b", lambda: bytes("x"), lambda: bytes([256]), lambda: b"x"[5],
            lambda: "x".encode("nope"), lambda: bytes(-1), lambda: hash(bytearray()), lambda: b"a".decode("utf-8", "bogus")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(repr(b"it's"), repr(b'say "hi"'), repr(b"both ' \""), repr(b"\x00\x7f\x80\n\t\\"))
print(b.hex(), bytes.fromhex("de ad be ef"), b"\x01\x02".hex(":"), bytes.fromhex("0A0b"))
ba = bytearray(b"abc")
ba.append(100); ba.extend(b"ef"); ba[0] = 65; ba += b"!"
print(ba, len(ba), ba[1], ba[1:3], ba.pop(), ba, bytes(ba), ba == b"Abcdef", ba.decode())
ba[1:3] = b"XYZ"; del ba[0]; print(ba, ba.upper(), list(ba))
ba.insert(0, 48); ba.remove(90); ba.reverse(); print(ba, ba.copy(), bytearray(3), bytearray([1, 2]))
print((255).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True), (0).to_bytes(0, "big"))
print(int.from_bytes(b"\x00\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\x01\x02", "little"), (2**70).to_bytes(9, "big"))
try: (256).to_bytes(1, "big")
except OverflowError as e: print(e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), str(b"x"), f"{b'ab'}", [c for c in b"AZ"], sorted(b"cab"), b"ab".startswith(b"a"), b"x.py".endswith((b".py", b".c")))
print(b"abc".isalpha(), b"123".isdigit(), b" ".isspace(), b"  pad ".strip(), b"xxhixx".strip(b"x"), b"a-b-c".partition(b"-"), b"a-b-c".rpartition(b"-"))
print(b"hi".center(6, b"*"), b"42".zfill(5), b"hello".title(), b"Hello".swapcase(), b"line1\nline2\r\n".splitlines(), isinstance(b"", bytes), type(ba).__name__)
print(ord(b"a"), max(b"abc"), sum(b"\x01\x02"), b"abc"[1:2] == b"b", bytes(reversed(b"abc")), b"%s" if False else b"")
