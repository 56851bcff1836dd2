# Building dicts: dict() forms, fromkeys, update forms, | and |=, and construction errors.
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 1}, k2=2), dict(zip("abc", range(3))))
print(dict([("a", 1), ("a", 2)]), dict({"a": 1}, a=5), dict([["p", "q"]]), dict(["ab", "cd"]))
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys(range(3), []), {}.fromkeys("q", 1))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3)], d=4)
d.update(e=5)
d.update()
print(d)
print(d | {"a": 100, "z": 26}, {"z": 0} | d)
d |= {"f": 6}
d |= [("g", 7)]
print(d)
print({**d, "a": -1}, {"a": -1, **d} == d | {"a": 1}, dict(**{"x": 1}, y=2))
print({1: "int", 1.0: "float", True: "bool"}, {0: "a", False: "b", 0.0: "c"}, len({(1, 2): 1, (1, 2): 2}))
d2 = dict(one=1)
d2.setdefault("two", 2)
print(d2.setdefault("one", 99), d2, d2.setdefault("three"), d2)


class Pairs:
    def keys(self):
        return ["m", "n"]

    def __getitem__(self, k):
        return k.upper()


print(dict(Pairs()), {**Pairs()})
d3 = {}
d3.update(Pairs())
print(d3)
for thunk in [
    lambda: dict([("a", 1, 2)]),
    lambda: dict([1, 2]),
    lambda: dict(["abc"]),
    lambda: dict(5),
    lambda: dict({}, {}),
    lambda: {}.update([("a",)]),
    lambda: {} | [("a", 1)],
    lambda: dict.fromkeys(5),
    lambda: {[1]: 2},
    lambda: dict({1: 2}, **{"a": 1}, a=2),
    lambda: {**[1]},
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
