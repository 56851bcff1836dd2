# enumerate(start=), filter(None/func), map() with several iterables: laziness, exhaustion and error messages.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("abc", start=-2)), list(enumerate([], 5)))
print(list(enumerate(range(3), 10**20)), dict(enumerate("xy")), [i * c for i, c in enumerate("abc")])
e = enumerate(["p", "q"])
print(next(e), next(e), next(e, "end"), iter(e) is e, type(e).__name__)
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 2.5])), list(filter(str.isdigit, "a1b2c3")))
print(list(filter(lambda v: v % 3 == 0, range(20))), list(filter(None, ())), list(filter(bool, {0: 1, 2: 3})))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3, 4], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
print(list(map(str, range(3))), list(map(int, "123")), list(map(len, ["", "ab", [1, 2, 3]])), list(map(max, [1, 5], [4, 2])))
print(list(map(lambda *a: a, [1, 2], "xyz", (True,))), list(map(tuple, ["ab", "c"])), list(map(str.upper, "hi")))

log = []
def noisy(v):
    log.append(v)
    return v * 10
m = map(noisy, [1, 2, 3])
print(log, next(m), log, list(m), log, list(m))
f = filter(lambda v: log.append(("f", v)) or v > 1, [1, 2, 3])
print(next(f), log[-2:])
print(sum(1 for _ in filter(None, range(100))), max(map(len, "a bb ccc".split())), min(enumerate("zyx"), key=lambda p: p[1]))

show(lambda: enumerate(5))
show(lambda: enumerate("a", "b"))
show(lambda: enumerate("a", 1.5))
show(lambda: filter(None))
show(lambda: filter(None, 5))
show(lambda: list(filter(5, [1])))
show(lambda: map(abs))
show(lambda: map(abs, 5))
show(lambda: list(map(5, [1])))
show(lambda: list(map(abs, ["x"])))
show(lambda: list(map(lambda a, b: a, [1], [2], [3])))
show(lambda: list(map(int, ["1", "x", "3"])))
