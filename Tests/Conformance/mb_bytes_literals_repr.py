# bytes: literal forms, escape sequences, raw bytes, adjacent concatenation and the exact repr rules (quotes, \x, \t, \n).
samples = [
    b"",
    b"plain ascii",
    b'single quoted',
    b"tab\there",
    b"new\nline",
    b"cr\rret",
    b"nul\x00byte",
    b"\x7f\x80\xff",
    b"\a\b\f\v",
    b"\101\102\103",
    b"\0",
    b"back\\slash",
    b"it's",
    b'say "hi"',
    b"both ' and \"",
    b'both \' and "',
    rb"raw\n\x00",
    br"\d+",
    b"adj" b"acent",
    b"\
continued",
    bytes(range(0, 32, 5)),
    bytes([0x20, 0x7e, 0x7f, 0x9f, 0xa0]),
]
for s in samples:
    print(len(s), repr(s), list(s)[:8])

# str() of bytes is its repr; print shows the repr too
print(str(b"x\ny"), b"x\ny")
print(f"{b'ab'}", "{}".format(b"cd"), "%s|%r" % (b"ef", b"gh"))

# bytearray repr wraps the bytes repr
for s in [b"", b"abc", b'q"uote', b"\x00\xff"]:
    print(repr(bytearray(s)))

# octal escapes above 0o377 are not allowed; \x needs two hex digits (these are compile-time), so test values only
print(b"\377" == b"\xff", b"\1" == b"\x01", b"\18" == b"\x018")


# ascii() on bytes and bytes inside containers
print(ascii(b"\xe9"), [b"a", b"\n"], (b"t",), {b"k": b"v"})

# triple-quoted bytes
tq = b"""line one
line 'two' "three"
"""
print(repr(tq), tq.count(b"\n"))
