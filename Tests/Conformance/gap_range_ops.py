# range objects: attributes, indexing, slicing, membership, count/index, equality and errors.
r = range(3, 20, 4)
print(r, r.start, r.stop, r.step, len(r), list(r), r[0], r[-1], r[2], 7 in r, 8 in r, 3.0 in r, "3" in r)
print(r[1:3], r[::-1], r[::2], r[10:], r[-2:], list(r[::-2]), r.index(11), r.count(11), r.count(12))
print(range(5) == range(0, 5), range(0) == range(5, 2), range(1, 10, 3) == range(1, 11, 3), range(2) == [0, 1])
print(range(10, 0, -3), list(range(10, 0, -3)), list(range(0, -5, -1)), list(range(5, 5)), len(range(-3)))
print(bool(range(0)), bool(range(1)), range(0, 10, 2)[4], list(reversed(range(1, 8, 3))), range(7)[::3])
print(hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(4, 2)), {range(2): "ok"}[range(0, 2)])
print(repr(range(0, 5, 1)), repr(range(-2, 2)), str(range(1, 2, 3)), range(4).index(0), min(range(4, 9)), max(range(4, 9)))
print(list(range(-10, 10, 7)), sum(range(0, 100, 7)), sorted(range(3), reverse=True), list(enumerate(range(2, 4))))
print(True in range(2), 1.5 in range(3), 2 ** 63 in range(10), -1 in range(-5, 5, 2), -1 in range(-5, 5, 3))
for thunk in [
    lambda: range(0, 10, 0),
    lambda: range(1.5),
    lambda: range("3"),
    lambda: range(),
    lambda: range(1, 2, 3, 4),
    lambda: range(5)[5],
    lambda: range(5)[-6],
    lambda: range(5).index(7),
    lambda: range(5)["a"],
    lambda: range(3) + range(2),
    lambda: range(3) * 2,
    lambda: range(3) < range(4),
    lambda: range(0, 10, 2).index(3),
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
