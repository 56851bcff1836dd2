# iter(callable, sentinel): reading until a sentinel, exhaustion, exceptions from the callable; iter() argument errors and __iter__ = None.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = [3, 1, 4, 1, 5, 0, 9, 2, 0]
pos = 0
def reader():
    global pos
    pos += 1
    return data[pos - 1]
show(lambda: (list(iter(reader, 0)), pos))
show(lambda: (list(iter(reader, 0)), pos))

lines = iter(["alpha", "beta", "", "gamma"])
show(lambda: ([ln.upper() for ln in iter(lambda: next(lines), "")], next(lines)))

counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
def use_tick():
    it = iter(tick, 4)
    return next(it), next(it), next(it), next(it, "done"), next(it, "still done"), counter, iter(it) is it, type(it).__name__
show(use_tick)

def raiser():
    raise KeyError("from callable")
show(lambda: list(iter(raiser, None)))
show(lambda: iter(5, 0))
show(lambda: iter())
class IterNone:
    __iter__ = None
show(lambda: iter(IterNone()))
show(lambda: iter(len, 0, 1))
show(lambda: list(iter(iter([1, 2, 3]).__next__, 3)))
