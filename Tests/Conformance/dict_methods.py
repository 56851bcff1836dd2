# dict methods, views and iteration order.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, "z" not in d, len(d))
print(d.pop("a"), d.pop("zz", "default"), d)
print(d.setdefault("b", 99), d.setdefault("n", []), d)
d["n"].append(1)
d.update({"x": 10}, y=20)
d.update([("p", 1), ("q", 2)])
print(d)
print(d.popitem(), d)
e = d.copy()
e["b"] = "changed"
print(d["b"], e["b"])
e.clear()
print(e, dict(a=1, b=2), dict([(1, 2)]), dict({"k": "v"}, extra=True))
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted, {**d, "zz": 0} == dict(d, zz=0))
keys = d.keys()
d["late"] = 1
print("late" in keys, len(keys), keys)
for bad in [lambda: d["missing"], lambda: {}.popitem(), lambda: {[]: 1}, lambda: dict([(1, 2, 3)])]:
    try:
        bad()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
del d["b"]
print(d, {1: "int", 1.0: "float", True: "bool"})
