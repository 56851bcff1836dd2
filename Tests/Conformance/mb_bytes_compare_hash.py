# bytes: ==/</> ordering (lexicographic by byte value), bytes vs bytearray vs str comparisons, hashing, dict/set membership.
pairs = [(b"", b""), (b"", b"a"), (b"a", b"b"), (b"ab", b"abc"), (b"abc", b"abd"), (b"B", b"a"), (b"\xff", b"\x00\x00"), (b"z", b"z")]
for x, y in pairs:
    print(x, y, x == y, x != y, x < y, x <= y, x > y, x >= y)

# bytes and bytearray compare by content across types
print(b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b", bytearray(b"x") == bytearray(b"x"), b"" == bytearray())
# bytes never equal str or int
print(b"abc" == "abc", b"a" == 97, b"" == "", bytearray(b"a") == "a", b"1" == 1)
for op in [lambda: b"a" < "b", lambda: b"a" < 1, lambda: bytearray(b"a") > "a", lambda: b"a" <= None]:
    try:
        print(op())
    except TypeError as e:
        print(type(e).__name__, e)

# sorting by byte value (uppercase before lowercase)
words = [b"pear", b"Apple", b"apple", b"banana", b"", b"\xe9clair", b"Zed", b"ap"]
print(sorted(words))
print(sorted(words, key=len), sorted(words, key=bytes.lower))
print(min(words), max(words), sorted([bytearray(b"b"), b"a", bytearray(b"c")]))

# hashing: equal bytes hash equal; bytearray is unhashable
print(hash(b"abc") == hash(b"ab" + b"c"), hash(b"") == hash(bytes()), hash(bytes(bytearray(b"q"))) == hash(b"q"))
try:
    hash(bytearray(b"q"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {bytearray(b"k"): 1}
except TypeError as e:
    print(type(e).__name__, e)

# bytes as dict keys and set members
d = {b"one": 1, b"two": 2}
d[b"o" + b"ne"] += 10
d[bytes(bytearray(b"three"))] = 3
print(d, b"two" in d, "two" in d, d.get(b"four", "missing"))
s = {b"x", b"y", b"x", bytes([120])}
print(len(s), sorted(s), b"y" in s)
for probe in [lambda: bytearray(b"two") in d, lambda: bytearray(b"y") in s, lambda: d[bytearray(b"one")]]:
    try:
        print(probe())
    except TypeError as e:
        print(type(e).__name__, e)
counts = {}
for token in b"a b a c b a".split():
    counts[token] = counts.get(token, 0) + 1
print(sorted(counts.items()))
print(sorted({b"k1": 0, b"k0": 1}), sorted(frozenset([b"b", b"a"])))

# identity of equal bytes is not guaranteed; equality is
a = b"x" * 3
b = bytes(b"xxx")
print(a == b, bytes(a) == a)
