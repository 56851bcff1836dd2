# bytes.decode: utf-8/ascii/latin-1 with errors='strict'/'ignore'/'replace'/'backslashreplace', and exact UnicodeDecodeError messages.
datas = [b"plain", b"caf\xc3\xa9", b"caf\xe9", b"\xff\xfe", b"\xe2\x82", b"\xe2\x82\xac", b"\xe2(\xa1", b"\xf0\x9f\x98\x80",
         b"\xf0\x9f\x98", b"\xc0\xaf", b"\xed\xa0\x80", b"\x80abc", b"ab\xc3", b"\xf8\x88\x80\x80\x80", b"\x00\x7f"]
for d in datas:
    row = []
    for errors in ["ignore", "replace", "backslashreplace"]:
        row.append(d.decode("utf-8", errors))
    print(repr(d), row)

for codec in ["utf-8", "ascii", "latin-1"]:
    for d in datas:
        try:
            print(codec, repr(d), repr(d.decode(codec)))
        except UnicodeDecodeError as e:
            print(codec, repr(d), type(e).__name__, e)

print(b"\x80\xff".decode("ascii", "replace"), b"\x80\xff".decode("ascii", "backslashreplace"), b"a\x80".decode("ascii", "ignore"))
print(bytearray(b"caf\xc3\xa9").decode(), bytearray(b"\xff").decode("latin-1"))

# latin-1 decodes every byte to the same code point
allbytes = bytes(range(256))
decoded = allbytes.decode("latin-1")
print(len(decoded), all(ord(ch) == i for i, ch in enumerate(decoded)), decoded.encode("latin-1") == allbytes)

# roundtrip every code point class through utf-8 and check encoded lengths
for ch in ["A", "\x7f", "\x80", "\u07ff", "\u0800", "\uffff", "\U00010000", "\U0010ffff"]:
    enc = ch.encode("utf-8")
    print(hex(ord(ch)), len(enc), enc.hex(), enc.decode("utf-8") == ch)

for call in [lambda: b"x".decode("nope"), lambda: b"x".decode("utf-8", "bogus"), lambda: b"\xff".decode("utf-8", "bogus"),
             lambda: b"x".decode(5)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
