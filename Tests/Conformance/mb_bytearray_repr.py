# bytearray: repr quoting quirk (a single quote is always backslash-escaped, even inside double quotes) vs bytes repr.
cases = [b"", b"plain", b"it's", b'say "hi"', b"both ' and \"", b"'", b"''", b"\\'", b"\x00'\xff"]
for c in cases:
    print(repr(c), repr(bytearray(c)))

ba = bytearray(b"don't")
ba += b" stop"
print(ba)
print([bytearray(b"x'y")], str(bytearray(b"'")))
print(f"{bytearray(b'a')!r}", ascii(bytearray(b"'\xe9")))
