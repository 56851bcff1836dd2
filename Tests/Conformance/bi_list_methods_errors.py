# list methods: append/extend/insert/remove/pop/index/count/clear/copy/reverse and their exact error messages.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

xs = [3, 1, 4, 1, 5]
xs.append(9)
xs.extend([2, 6])
xs.extend("ab")
xs.extend(range(2))
xs.extend(x for x in (7,))
print(xs)
xs.insert(0, "first")
xs.insert(100, "last")
xs.insert(-1, "before-last")
xs.insert(-100, "very-first")
print(xs)
xs.remove(1)
print(xs, xs.pop(), xs.pop(0), xs.pop(-2), xs)
print(xs.index(1), xs.index(5), xs.index(1, 4), xs.index(9, -8), xs.count(1), xs.count("zz"), xs.index(5, 0, 100))
c = xs.copy()
c.reverse()
print(c, c is xs, c == xs[::-1])
c.clear()
print(c, len(c), xs[:3])
show(lambda: [1, 2].remove(3))
show(lambda: [].pop())
show(lambda: [1].pop(5))
show(lambda: [1].pop(-2))
show(lambda: [1, 2].index(3))
show(lambda: [1, 2, 1].index(1, 1, 2))
show(lambda: [1].pop("0"))
show(lambda: [1].insert("0", 1))
show(lambda: [1].insert(0))
show(lambda: [1].append(1, 2))
show(lambda: [1].extend(5))
show(lambda: [1].extend())
show(lambda: [1].count())
show(lambda: [1].reverse(1))
show(lambda: [1].clear(1))
show(lambda: [1].copy(1))
show(lambda: [][0])
show(lambda: [1, 2][-3])
two = [1, 2]
key_s, key_f = "a", 1.0
show(lambda: two[key_s])
show(lambda: two[key_f])
ys = [1, 2, 3]
def set5():
    ys[5] = 0
def del4():
    del ys[-4]
show(set5)
show(del4)
nested = [[0] * 3] * 2
nested[0][0] = 1
print(nested, [[0] * 3 for _ in range(2)])
a = [1, 2]
a += (3, 4)
a *= 2
print(a, a * 0, [None] * 3, [1, 2] + [3], [[]] * 2)
show(lambda: [1] + (2,))
show(lambda: [1] * 1.5)
show(lambda: [1] - [1])
e = [1, 1, 2]
e.remove(1)
print(e, 2 in e, [x for x in e if e.count(x) > 1])
