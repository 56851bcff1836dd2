# bytes: strip/lstrip/rstrip (default whitespace and explicit byte sets), center/ljust/rjust/zfill, removeprefix/suffix.
s = b" \t\n\r\x0b\x0c padded \x0c\n "
print(s.strip(), s.lstrip(), s.rstrip(), b"".strip(), b"   ".strip())
print(b"xxyhixyx".strip(b"xy"), b"xxyhixyx".lstrip(b"xy"), b"xxyhixyx".rstrip(b"yx"), b"abc".strip(b""), b"\x00a\x00".strip(b"\x00"))
print(b"www.example.com".strip(b"cmowz."), bytearray(b"  ba  ").strip(), type(bytearray(b" x ").strip()).__name__)
print(b"\xa0x\xa0".strip(), b"\x85x".strip())  # non-ASCII bytes are not whitespace

print(b"hi".center(7), b"hi".center(7, b"*"), b"hi".center(8, b"-"), b"hello".center(3), b"".center(4, b"."))
print(b"ab".ljust(5), b"ab".ljust(5, b"_"), b"ab".rjust(5, b"_"), b"ab".rjust(1), bytearray(b"z").rjust(3, b"0"))
print(b"42".zfill(6), b"-42".zfill(6), b"+7".zfill(4), b"abc".zfill(2), b"".zfill(3), b"-".zfill(3))
print(b"prefix-body".removeprefix(b"prefix-"), b"body".removeprefix(b"x"), b"file.tar.gz".removesuffix(b".gz"), b"x".removesuffix(b""))

for call in [lambda: b"a".strip("a"), lambda: b"a".center(5, b"**"), lambda: b"a".center(5, "*"),
             lambda: b"a".ljust("5"), lambda: b"a".zfill(None), lambda: b"a".removeprefix("a"),
             lambda: b"a".rjust(3, 42)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)

# a tiny table formatter working on bytes
rows = [(b"name", b"qty"), (b"apple", b"3"), (b"kiwi", b"12")]
w0 = max(len(r[0]) for r in rows)
w1 = max(len(r[1]) for r in rows)
for name, qty in rows:
    print((name.ljust(w0, b".") + b" | " + qty.rjust(w1)).decode())
print(b"[" + b"title".center(11, b"=") + b"]")
