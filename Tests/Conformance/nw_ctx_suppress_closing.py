# contextlib.suppress, closing, nullcontext.
from contextlib import suppress, closing, nullcontext

with suppress(KeyError):
    {}["missing"]
    print("not reached")
print("after suppress")
with suppress(LookupError):
    [1][5]
with suppress():
    pass
with suppress(ValueError, TypeError):
    int("x")
try:
    with suppress(ValueError):
        raise KeyError("other")
except KeyError as e:
    print("escaped", type(e).__name__, e)

results = []
for item in ["1", "x", "3", None, "5"]:
    with suppress(ValueError, TypeError):
        results.append(int(item))
print(results)


class Resource:
    def __init__(self, name):
        self.name = name
        self.closed = False

    def close(self):
        self.closed = True
        print("closing", self.name)

    def __repr__(self):
        return f"Resource({self.name}, closed={self.closed})"


with closing(Resource("r1")) as r:
    print("using", r)
print(r)
r2 = Resource("r2")
try:
    with closing(r2):
        raise ValueError("fail inside")
except ValueError as e:
    print(type(e).__name__, e, r2.closed)

with nullcontext() as n:
    print("nullcontext gives", n)
with nullcontext(42) as n:
    print("nullcontext gives", n)


def process(data, lock=None):
    with lock if lock is not None else nullcontext():
        return sum(data)


class FakeLock:
    def __enter__(self):
        print("acquire")
        return self

    def __exit__(self, *exc):
        print("release")
        return False


print(process([1, 2, 3]))
print(process([4, 5], FakeLock()))

s = suppress(ZeroDivisionError)
for d in (0, 2):
    with s:
        print("10 /", d, "=", 10 / d)
print(s.__exit__(None, None, None), s.__exit__(KeyError, KeyError(), None))
print(s.__exit__(ZeroDivisionError, ZeroDivisionError(), None))
cm = nullcontext("value")
print(cm.__enter__(), cm.__exit__(None, None, None))
