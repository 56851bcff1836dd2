# slice objects: attributes, indices() normalisation, equality, repr and use with range.
s = slice(2, 10, 3)
print(s, s.start, s.stop, s.step)
print(s.indices(5), s.indices(20), range(*s.indices(20)))
print(slice(None).indices(4), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(-100, 100).indices(6), slice(5, 1, -2).indices(10), slice(None, None, -3).indices(7))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1) == slice(None, 1))
print(repr(slice(1)), repr(slice("a", "b")))
try:
    slice(1, 2, 0).indices(3)
except ValueError as e:
    print("ValueError:", e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print("ValueError:", e)
data = list(range(10))
for sl in [slice(2, 8, 2), slice(None, None, -1), slice(-4, None), slice(8, 2, -3)]:
    print(data[sl], list(range(*sl.indices(len(data)))) == data[sl])
