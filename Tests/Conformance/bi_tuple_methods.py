# tuple concatenation/repetition, comparison, hashing, packing/unpacking and error messages.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
print(len(t), t[0], t[-1], t[4])
print(t[::-1], t[2:5], t[-3:], t + (0,), (0,) * 3, () + (), (1,) * 0, t[::3], 9 in t, 10 not in t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 99), (1, "a") == (1, "a"), (1, 2) != (2, 1))
print(max([(1, "b"), (1, "a"), (0, "z")]), sorted([(2, 1), (1, 2), (1, 1)]), min((3, 2), (3, 1)))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "x"}[(1, 2)], len({(1, 2), (1, 2), (2, 1)}), tuple([1, [2]])[1])
a, *rest = t
*init, z = t
x, (y, w), v = 1, (2, 3), 4
print(a, rest[:3], init[-2:], z, x, y, w, v)
single = 5,
empty = ()
print(single, type(single).__name__, empty, len(empty), (5), ((5,),), tuple("ab") + tuple(range(2)))
show(lambda: t[20])
show(lambda: t["a"])
show(lambda: (1, 2) + [3])
show(lambda: (1,) * "2")
show(lambda: t.append(1))
show(lambda: hash((1, [2])))
show(lambda: (1, 2) < (1, "a"))
def tset():
    t[0] = 5
show(tset)
def tdel():
    del t[0]
show(tdel)
show(lambda: a_ == 1 if False else (lambda: [q for q in ()])())
p, q = divmod(17, 5)
print(p, q, tuple(map(str, (1, 2))), tuple(reversed((1, 2, 3))), tuple(sorted((3, 1, 2))))
show(lambda: [(a, b) for a, b in [(1, 2), (3,)]])
def unpack3():
    a, b, c = (1, 2)
    return a
show(unpack3)
def unpack_many():
    a, b = (1, 2, 3)
    return a
show(unpack_many)
