# bytes: case conversion (upper/lower/swapcase/title/capitalize) and predicates (isalpha/isdigit/isspace/...), ASCII-only semantics.
samples = [b"", b"hello", b"HELLO", b"Hello World", b"hello world", b"123", b"12a", b"a1 b2", b" \t\n",
           b"MiXeD cAsE", b"\xe9t\xe9", b"o'neil mc-donald", b"3rd place", b"_under"]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize())
print()
for s in samples:
    flags = [s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.islower(), s.isupper(), s.isascii()]
    print(repr(s), "".join("1" if f else "0" for f in flags))

# non-ASCII bytes are never letters, even if they are letters in latin-1
print(b"\xc9".isalpha(), b"\xc9".upper(), b"\xe9".lower(), b"\xff".isascii(), b"\x7f".isascii())

# bytearray returns bytearray from the case methods
ba = bytearray(b"Mixed")
print(ba.upper(), ba.lower(), ba.swapcase(), type(ba.title()).__name__, ba.isalpha(), ba)

# case-insensitive comparison and counting of letters by hand
def ci_equal(a, b):
    return a.lower() == b.lower()
print(ci_equal(b"TiErCeL", b"tiercel"), ci_equal(b"abc", b"abd"))
text = b"The Quick Brown Fox"
print(sum(1 for c in text if 65 <= c <= 90), sum(1 for c in text if 97 <= c <= 122))
print(bytes(c ^ 0x20 if (65 <= c <= 90 or 97 <= c <= 122) else c for c in text))

# methods return new objects; originals unchanged
orig = b"keep"
up = orig.upper()
print(orig, up, orig is not up)

# bytes has no casefold/isdecimal/isnumeric/isidentifier/isprintable
for name in ["casefold", "isdecimal", "isnumeric", "isidentifier", "isprintable", "format", "encode"]:
    print(name, hasattr(b"", name), hasattr("", name))
