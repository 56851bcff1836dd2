# bytes: replace() with counts, empty patterns, growing/shrinking replacements, bytearray results, and chained templating.
b = b"one fish two fish red fish"
print(b.replace(b"fish", b"cat"), b.replace(b"fish", b"cat", 1), b.replace(b"fish", b"cat", 0), b.replace(b"fish", b"cat", -1))
print(b.replace(b"fish", b""), b.replace(b" ", b"_"), b.replace(b"zzz", b"y"), b.replace(b"o", b"0", 2))
print(b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2), b"".replace(b"", b"x"), b"".replace(b"a", b"b"))
print(b"aaaa".replace(b"aa", b"b"), b"aaa".replace(b"a", b"aa"), b"abab".replace(b"ab", b"ba"))
print(bytearray(b"xoxo").replace(b"o", b"0"), type(bytearray(b"x").replace(b"x", b"y")).__name__, b"q".replace(bytearray(b"q"), bytearray(b"r")))

for call in [lambda: b"a".replace("a", b"b"), lambda: b"a".replace(b"a", "b"), lambda: b"a".replace(b"a", b"b", "1"),
             lambda: b"a".replace(97, b"b"), lambda: b"a".replace(b"a")]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)

# a template filler working on bytes
template = b"Dear {name}, your order {id} ships {when}. {name}, thanks!"
values = {b"name": b"Ann", b"id": b"#42", b"when": b"today"}
out = template
for key, val in values.items():
    out = out.replace(b"{" + key + b"}", val)
print(out)

# escape and unescape special bytes
def escape(data):
    return data.replace(b"\\", b"\\\\").replace(b"\n", b"\\n").replace(b"\x00", b"\\0")
def unescape(data):
    out = bytearray()
    i = 0
    while i < len(data):
        if data[i] == 92 and i + 1 < len(data):
            nxt = data[i + 1]
            out.append({110: 10, 48: 0, 92: 92}.get(nxt, nxt))
            i += 2
        else:
            out.append(data[i])
            i += 1
    return bytes(out)
raw = b"line1\nline2\x00\\end"
esc = escape(raw)
print(esc, unescape(esc) == raw, len(raw), len(esc))

# replace does not modify the original bytearray
orig = bytearray(b"keep")
new = orig.replace(b"e", b"E")
print(orig, new, orig is new)
