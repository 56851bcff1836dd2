# yield from: return values, send() passthrough, delegation chains, iterables.


def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v


def collector(results):
    while True:
        r = yield from accumulate()
        results.append(r)


results = []
g = collector(results)
next(g)
for v in [1, 2, 3, None, 10, 20, None, 5]:
    print(g.send(v), end=" ")
print()
print(results)


def gen_return(x):
    yield x
    return x * 2


def chain():
    a = yield from gen_return(1)
    b = yield from gen_return(a)
    c = yield from gen_return(b)
    return [a, b, c]


g = chain()
out = []
try:
    while True:
        out.append(next(g))
except StopIteration as e:
    print(out, e.value)


def empty():
    return "nothing yielded"
    yield


def use_empty():
    r = yield from empty()
    yield r


print(list(use_empty()))


def from_various():
    yield from [1, 2]
    yield from (3, 4)
    yield from range(5, 7)
    yield from "ab"
    yield from {"k": 1}
    r = yield from iter([])
    yield r


print(list(from_various()))


def flatten(x):
    if isinstance(x, list):
        n = 0
        for item in x:
            n += yield from flatten(item)
        return n
    yield x
    return 1


g = flatten([1, [2, [3, 4]], [[5]], 6])
vals = []
try:
    while True:
        vals.append(next(g))
except StopIteration as e:
    print(vals, "count", e.value)


def returns_stopiteration_value():
    return StopIteration("wrapped")
    yield


def unwrap():
    r = yield from returns_stopiteration_value()
    yield type(r).__name__
    yield str(r)


print(list(unwrap()))


def inner_send():
    got = []
    while len(got) < 3:
        got.append((yield len(got)))
    return got


def outer_send():
    r = yield from inner_send()
    return tuple(r)


g = outer_send()
print(next(g), g.send("x"), g.send("y"))
try:
    g.send("z")
except StopIteration as e:
    print(e.value)


def bad():
    yield from 5


try:
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)
