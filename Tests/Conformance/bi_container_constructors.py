# list/tuple/dict/set/frozenset constructors from various iterables, dict() keyword and pair forms, and errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def gen():
    yield 3
    yield 1
    yield 3
src = [[1, 2], (3, 4), "ab", range(3), {5: "x", 6: "y"}, {7}, gen(), iter([8, 9]), map(abs, [-1, -2]), zip("ab", "cd")]
for s in src:
    print(list(s), end=" | ")
print()
print(list(gen()), tuple(gen()), set(gen()), frozenset(gen()), sorted(frozenset(gen())))
print(list("héllo"), tuple({"k": 1}), list({1: 2, 3: 4}.values()), tuple(enumerate("ab")))
a = [1, 2]
b = list(a)
b.append(3)
t = (1, 2)
print(a, b, a is b, tuple(t) is t, list(), tuple(), set(), frozenset(), dict())

print(dict([("a", 1), ("b", 2)]), dict(a=1, b=2), dict({"a": 1}, b=2), dict([("a", 1)], a=9), dict(zip("xyz", range(3))))
print(dict(["ab", "cd"]), dict([[1, 2], (3, 4)]), dict({1: 1}.items()))
print(dict([(1, "a"), (1, "b")]), dict(((i, i * i) for i in range(4))))

print(set([3, 1, 2, 3, 1]), frozenset((1, 1, 2)), set(range(5)) - {0}, set("aaa"), frozenset([1, 2]) == {1, 2})
fs = frozenset([1, 2])
print(frozenset(fs) is fs, set(fs) is fs, {frozenset([1]): "ok"}[frozenset({1})])

show(lambda: list(5))
show(lambda: tuple(None))
show(lambda: set(1.5))
show(lambda: frozenset(3))
show(lambda: dict([(1, 2, 3)]))
show(lambda: dict(["abc"]))
show(lambda: dict([("a",)]))
show(lambda: set([[1], [2]]))
show(lambda: frozenset([{}]))
show(lambda: dict([([1], 2)]))
show(lambda: list([1], [2]))
show(lambda: tuple(x=1))
show(lambda: dict({}, {}))
show(lambda: {[]: 1})
show(lambda: {{1}})

class KeysAndGetitem:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()
print(dict(KeysAndGetitem()), dict(KeysAndGetitem(), r=1))
