# itertools.tee and itertools.filterfalse, combined with other itertools.
from itertools import tee, filterfalse, islice, count, chain

a, b = tee([1, 2, 3, 4])
print(list(a), list(b))
a, b = tee(iter("xyz"))
print(next(a), next(a), next(b), list(a), list(b))
x, y, z = tee(range(3), 3)
print(list(x), list(y), list(z))
print(tee([1], 0), len(tee([1])))


def pairwise_(it):
    a, b = tee(it)
    next(b, None)
    return list(zip(a, b))


print(pairwise_([1, 4, 9, 16]), pairwise_([1]), pairwise_([]))

evens, squares = tee(n for n in count() if n % 2 == 0)
print(list(islice(evens, 4)), [s * s for s in islice(squares, 3)])

consumed = []


def source():
    for i in range(4):
        consumed.append(i)
        yield i


t1, t2 = tee(source())
print(next(t1), next(t1), consumed)
print(next(t2), consumed)
print(list(t1), list(t2), consumed)
try:
    tee([1], -1)
except ValueError as e:
    print(type(e).__name__, e)

print(list(filterfalse(lambda n: n % 3, range(10))))
print(list(filterfalse(None, [0, 1, "", "a", None, [], [0], False])))
print(list(filterfalse(str.isdigit, "a1b2c3")))


def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return list(filterfalse(pred, t1)), list(filter(pred, t2))


print(partition(lambda n: n > 3, [1, 5, 2, 6, 3, 7]))
print(list(islice(filterfalse(lambda n: n % 2, count(1)), 5)))
print(list(filterfalse(lambda w: w.startswith("_"), chain(["_a", "b"], ["c", "_d"]))))
ff = filterfalse(None, [])
print(iter(ff) is ff, list(ff))
try:
    list(filterfalse(lambda x: x, 5))
except TypeError as e:
    print(type(e).__name__, e)
