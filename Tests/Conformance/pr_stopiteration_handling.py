# StopIteration: next() with defaults, StopIteration inside generators becomes RuntimeError, return values.
def gen():
    yield 1
    yield 2
    return "result"


g = gen()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value, e.args)
print(next(iter([]), "empty default"), next(gen(), None))


def leaky():
    it = iter([1])
    yield next(it)
    yield next(it)


try:
    print(list(leaky()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)


def explicit_stop():
    yield "a"
    raise StopIteration("stop!")


try:
    for x in explicit_stop():
        print("got", x)
except RuntimeError as e:
    print("RuntimeError:", e)


def safe_first(iterable):
    for item in iterable:
        return item
    return None


print(safe_first([]), safe_first("xyz"), safe_first(range(5, 9)))


class Manual:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("manual done")
        return self.n


print(list(Manual()), [x * 10 for x in Manual()])


def first_even(nums):
    return next(n for n in nums if n % 2 == 0)


print(first_even([1, 3, 4, 6]))
try:
    first_even([1, 3])
except StopIteration as e:
    print("StopIteration from genexpr", e.args)


def chained():
    result = yield from gen()
    yield f"inner returned {result}"


print(list(chained()))
print(list(zip([1, 2, 3], gen())))
it = iter([10, 20])
print(list(map(lambda x: x + next(it, 0), [1, 2, 3])))
try:
    raise StopIteration
except StopIteration as e:
    print(repr(e), e.value)
print(StopIteration(1, 2).value, repr(StopIteration(None)))
