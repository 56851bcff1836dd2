# next() with default, exhausted iterators, __iter__/__next__ protocol errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

it = iter([10, 20])
print(next(it), next(it), next(it, None), next(it, "x"))
show(lambda: next(it))
show(lambda: next(iter("")))
show(lambda: next(iter({}), "empty"))
show(lambda: next([1, 2]))
show(lambda: next(5))
show(lambda: iter(5))
show(lambda: iter(None))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), next(Countdown(0), "empty"), sum(Countdown(100)))

class GetItemOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i
print(list(GetItemOnly()), list(iter(GetItemOnly())), 4 in GetItemOnly(), 5 in GetItemOnly())

class BadIter:
    def __iter__(self):
        return 42
show(lambda: iter(BadIter()))
show(lambda: list(BadIter()))

g = (x * 2 for x in range(3))
print(next(g), list(g), next(g, "gen done"))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), next(di), next(di, "end"), list(iter(d.items())))
