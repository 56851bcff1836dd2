# range(): len, indexing, negative steps, membership, reversed, attributes, repr, errors (small bounds only).
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

rs = [range(5), range(2, 10), range(10, 2), range(0, 10, 3), range(10, 0, -3), range(-5, 5, 2), range(5, -5, -2),
      range(0), range(1, 2), range(-1), range(0, 1, 10), range(2**40, 2**40 + 3)]
for r in rs:
    print(repr(r), len(r), list(r)[:6], bool(r), r.start, r.stop, r.step)
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[-3], list(r), list(reversed(r)))
print(7 in r, 8 in r, 27 in r, 31 in r, -1 in r, 3 in range(3), 0 in range(0), -4 in range(0, -10, -2), -5 in range(0, -10, -2))
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))), list(reversed(range(0))), sum(range(101)))
print(min(range(4, 9)), max(range(4, 9)), sorted(range(3, -3, -1)), list(range(0, -5, -1)), list(range(-3)))
print([i for i in range(3) for j in range(i)], list(enumerate(range(10, 13))), list(zip(range(3), range(5, 0, -1))))
print(len(range(0, 100, 7)), len(range(100, 0, -7)), len(range(1, 1000001)), range(0, 100, 7)[-1], range(100, 0, -7)[-1])
print(range(1000000)[999999], range(-10, 10)[-20], range(10, -10, -1)[19], repr(range(-3, 3, 1)), str(range(2, 5)))
total = 0
for i in range(10, 0, -2):
    total = total * 10 + i
print(total)
show(lambda: range(1, 10, 0))
show(lambda: range(1.5))
show(lambda: range("3"))
show(lambda: range(1, 2.0))
show(lambda: range())
show(lambda: range(1, 2, 3, 4))
show(lambda: range(5)[5])
show(lambda: range(5)[-6])
show(lambda: range(0)[0])
show(lambda: range(5)["a"])
show(lambda: range(3)[1.0])
r2 = range(4)
show(lambda: r2.__setitem__(0, 1) if hasattr(r2, "__setitem__") else "immutable")
it = iter(range(3))
print(next(it), list(it), list(range(3)) == [0, 1, 2], range(3) == [0, 1, 2], type(range(3)).__name__)
