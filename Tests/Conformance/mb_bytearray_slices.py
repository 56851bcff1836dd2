# bytearray: slice assignment (growing, shrinking, from various iterables), extended slices, del of items and slices.
ba = bytearray(b"0123456789")
ba[2:4] = b"AB"
print(ba)
ba[2:4] = b"WXYZ"
print(ba)
ba[2:6] = b""
print(ba)
ba[0:0] = b">>"
print(ba)
ba[len(ba):] = b"<<"
print(ba)
ba[3:5] = [97, 98, 99]
print(ba)
ba[1:2] = bytearray(b"__")
print(ba)
ba[:] = b"fresh"
print(ba)
ba[10:20] = b"!"
print(ba)
ba[-2:] = range(65, 68)
print(ba)

# extended slices need equal lengths
e = bytearray(b"abcdefgh")
e[::2] = b"ACEG"
print(e)
e[1::2] = [49, 50, 51, 52]
print(e)
e[::-1] = b"12345678"
print(e)
for val in [b"xy", b"123456789"]:
    try:
        e[::2] = val
    except ValueError as err:
        print(type(err).__name__, err)

# del single items, ranges and extended slices
d = bytearray(b"abcdefghij")
del d[0]
print(d)
del d[-1]
print(d)
del d[2:4]
print(d)
del d[::2]
print(d)
del d[:]
print(d, len(d))
try:
    del d[0]
except IndexError as err:
    print(type(err).__name__, err)

# assigning a non-iterable or a str to a slice
f = bytearray(b"abc")
for val in [5, [300], [b"a"], None]:
    try:
        f[0:1] = val
        print("assigned", f)
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)

# self slice assignment
g = bytearray(b"abc")
g[1:2] = g
print(g)
g[:0] = g[-2:]
print(g)
