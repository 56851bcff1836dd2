# __iter__/__next__: iterator classes, exhaustion, separate iterables vs iterators.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


c = Countdown(3)
print(list(c), list(c))
c2 = Countdown(4)
print(next(c2), next(c2), list(c2))
try:
    next(c2)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
print(next(c2, "done"))
print(iter(c2) is c2)


class Range2:
    def __init__(self, lo, hi, step=1):
        self.lo, self.hi, self.step = lo, hi, step

    def __iter__(self):
        return Range2Iter(self)


class Range2Iter:
    def __init__(self, r):
        self.r = r
        self.i = r.lo

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.r.hi:
            raise StopIteration
        v = self.i
        self.i += self.r.step
        return v


r = Range2(0, 10, 3)
print(list(r), list(r), sum(r), max(r), sorted(r, reverse=True))
print([(a, b) for a in Range2(0, 2) for b in Range2(0, 2)])
print(dict(zip(Range2(0, 3), "abc")), list(enumerate(Range2(5, 8))))
a, b, *rest = Range2(1, 6)
print(a, b, rest)
print(3 in r, 4 in r, tuple(map(lambda x: x * x, r)))
it = iter(r)
print(next(it), next(it), list(it))


class NotIterable:
    pass


try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print("TypeError:", e)


class BadIter:
    def __iter__(self):
        return 42


try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)

class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b


f = Fib(100)
print(list(f), len(list(f)), list(zip(f, Fib(5))))
