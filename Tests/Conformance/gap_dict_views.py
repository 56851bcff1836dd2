# dict views: live updates, set operations on keys/items, membership, reversed and mutation during iteration.
d = {"a": 1, "b": 2, "c": 3}
ks, vs, its = d.keys(), d.values(), d.items()
print(ks, vs, its, len(ks), len(vs), len(its))
d["d"] = 4
del d["a"]
print(list(ks), list(vs), list(its), "b" in ks, 2 in vs, ("b", 2) in its, ("b", 3) in its)
print(ks & {"b", "z"}, sorted(ks | {"z"}), sorted(ks - {"b"}), sorted(ks ^ {"b", "q"}))
print(its & {("b", 2), ("c", 0)}, sorted(its | {("z", 26)}), sorted(its - {("b", 2)}))
print(ks == {"b", "c", "d"}, ks == ["b", "c", "d"], ks < {"b", "c", "d", "e"}, ks >= {"b"}, ks.isdisjoint({"x"}))
print({"b": 0}.keys() <= ks, its == {("b", 2), ("c", 3), ("d", 4)}, vs == vs, d.values() == d.values())
print(list(reversed(ks)), list(reversed(vs)), list(reversed(its)), list(reversed(d)))
print(sorted(ks), max(vs), sum(vs), dict(its), [k * v for k, v in its])
print(type(ks).__name__, type(vs).__name__, type(its).__name__)
e = {}
print(e.keys(), e.values(), e.items(), list(e), bool(e.keys()))
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as err:
    print("RuntimeError", err)
d = {1: "x", 2: "y"}
try:
    for k in d.keys():
        del d[k]
except RuntimeError as err:
    print("RuntimeError", err)
d = {1: "x", 2: "y"}
for k in d:
    d[k] = d[k] * 2
print(d)
for k in list(d):
    del d[k]
print(d)
for thunk in [
    lambda: ks[0],
    lambda: {"a": [1]}.items() & {("a", 1)},
    lambda: hash({}.keys()),
    lambda: {}.keys() + {}.keys(),
]:
    try:
        print(thunk())
    except Exception as e2:
        print(type(e2).__name__, e2)
