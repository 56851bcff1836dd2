# dict views: keys/values/items live updates, set operations on keys/items views, comparisons, repr, errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i))
d["d"] = 4
del d["a"]
print(list(k), list(v), list(i), "a" in k, "d" in k, 4 in v, ("b", 2) in i, ("b", 3) in i)
show(lambda: sorted(k | {"z"}))
show(lambda: sorted(k & {"b", "x"}))
show(lambda: sorted(k - {"b"}))
show(lambda: sorted(k ^ {"b", "q"}))
show(lambda: sorted(i & {("b", 2), ("c", 0)}))
show(lambda: sorted(i | {("z", 26)}))
show(lambda: sorted({"b"} | k))
show(lambda: k == {"b", "c", "d"})
show(lambda: k <= {"b", "c", "d", "e"})
show(lambda: k.isdisjoint({"x"}))
show(lambda: {"b": 2}.items() < d.items())
show(lambda: v == v)
show(lambda: d.values() == d.values())
show(lambda: sorted(k | ["x", "y"]))
show(lambda: k[0])
show(lambda: v | {1})
show(lambda: type(k).__name__ + " " + type(v).__name__ + " " + type(i).__name__)
