# bytes: maketrans/translate (with delete), expandtabs and istitle on bytes and bytearray.
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97:100], table[:3])
print(b"aabbcc-abc".translate(table), b"hello".translate(None, b"l"), b"abcabc".translate(table, b"b"))
print(bytearray(b"cab").translate(table), bytearray.maketrans(b"a", b"A")[97])
rot13 = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                        b"NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
print(b"Hello, World!".translate(rot13), b"Hello, World!".translate(rot13).translate(rot13))
for call in [lambda: bytes.maketrans(b"ab", b"x"), lambda: b"a".translate(b"short"), lambda: bytes.maketrans("a", "b")]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(b"a\tbc\td".expandtabs(), b"a\tbc\td".expandtabs(4), b"\t".expandtabs(0), b"x\ny\tz".expandtabs(2))
print(bytearray(b"\tq").expandtabs(3), b"ab\r\tc".expandtabs(4))
print(b"Hello World".istitle(), b"Hello world".istitle(), b"".istitle(), b"A1 B2".istitle(), bytearray(b"Ab").istitle())
