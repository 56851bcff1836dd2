# bytes: indexing gives ints, slicing gives bytes, negative/extended slices, iteration, unpacking, and index errors.
b = b"abcdefgh"
print(b[0], b[-1], b[3], type(b[0]).__name__)
print(b[1:4], b[:3], b[5:], b[-3:], b[:-3], b[::2], b[1::3], b[::-1], b[-2:-6:-1], b[6:2], b[100:], b[-100:2])
print(type(b[1:2]).__name__, b[1:2] == b"b", b[1:2] == 98, b[1] == 98)
print(list(b), tuple(b[:3]), [chr(c) for c in b[:4]], sum(b), min(b), max(b))
print(list(reversed(b"xyz")), sorted(b"banana"), bytes(sorted(b"banana")))
x, y, z = b"XYZ"
print("unpacked:", x, y, z)
first, *rest = b"hello"
print("star:", first, rest)
print(list(enumerate(b"ab")), list(zip(b"ab", b"cd")), dict(zip(b"ab", "AB")))

for i in [8, -9, 100]:
    try:
        b[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    b["0"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[1.5]
except TypeError as e:
    print(type(e).__name__, e)

# slice objects and slice assignment not allowed on bytes
s = slice(2, 6, 2)
print(b[s], b[slice(None, None, -2)], b[slice(3)])
try:
    b[0] = 65
except TypeError as e:
    print(type(e).__name__, e)
try:
    del b[0]
except TypeError as e:
    print(type(e).__name__, e)

# bytearray behaves the same for reading, but slices give bytearray
ba = bytearray(b"abcdefgh")
print(ba[0], ba[-1], ba[2:5], ba[::-1], type(ba[1:3]).__name__, list(ba[:3]))
try:
    ba[8]
except IndexError as e:
    print(type(e).__name__, e)

# len, bool, in with ints and subsequences
print(len(b), len(b""), bool(b""), bool(b"\x00"), 97 in b, b"cd" in b, b"" in b, b"dc" in b, 0 in b"\x00")
for bad in [256, -1]:
    try:
        bad in b
    except ValueError as e:
        print(type(e).__name__, e)
try:
    "a" in b
except TypeError as e:
    print(type(e).__name__, e)
