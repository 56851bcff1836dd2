# itertools.groupby (with key, lazily shared groups), itertools.tee itertools.filterfalse, and reprs of count/repeat.
import itertools as it
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
data = "aaabccddddae"
show(lambda: ([(k, len(list(g))) for k, g in it.groupby(data)], [k for k, _ in it.groupby(sorted(data))]))
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
show(lambda: {k: list(g) for k, g in it.groupby(sorted(words), key=lambda w: w[0])})
show(lambda: [(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda n: n % 2)])
def shared():
    gb = it.groupby([1, 1, 2])
    k1, g1 = next(gb)
    k2, g2 = next(gb)
    return k1, list(g1), k2, list(g2)
show(shared)
def tees():
    a, b = it.tee([1, 2, 3])
    return list(a), list(b), [list(t) for t in it.tee("xy", 3)]
show(tees)
show(lambda: (list(it.filterfalse(None, [0, 1, "", "a"])), list(it.filterfalse(lambda x: x % 2, range(8)))))
show(lambda: it.tee([1], -1))
show(lambda: (repr(it.count(7)), repr(it.count(1.5, 0.5)), repr(it.repeat(1, 2)), repr(it.repeat("x"))))
