# dict methods get/pop/popitem/setdefault/update/copy/clear, insertion order, views, | and |=, and error messages.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, list(d), d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 99), d.setdefault("n", []), d)
d["n"].append(1)
print(d.pop("n"), d.pop("zz", "dflt"), d.pop("c"), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
d.update(w=4)
print(d, d.popitem(), d.popitem(), d)
c = d.copy()
c["b"] = "changed"
print(d, c, c is d)
c.clear()
print(c, len(c), bool(c))
m = {1: "a", 2: "b"}
print(m | {2: "B", 3: "C"}, {3: "C"} | m, m)
m |= {4: "d"}
m |= [(5, "e")]
print(m)
ks, vs, its = m.keys(), m.values(), m.items()
m[6] = "f"
print(list(ks), list(vs), list(its), len(ks), 6 in ks, "f" in vs, (6, "f") in its, (6, "g") in its)
print({k: v for k, v in sorted(m.items(), reverse=True)})
del m[1]
m[1] = "again"
print(list(m), {1: 1, True: 2, 1.0: 3})
show(lambda: {}["missing"])
show(lambda: {}.pop("missing"))
show(lambda: {}.popitem())
show(lambda: {1: 2}.pop())
show(lambda: {}.get())
show(lambda: {}.setdefault())
show(lambda: {}.update(5))
show(lambda: {}.update([(1, 2, 3)]))
show(lambda: {}.update({}, {}))
show(lambda: {[1]: 2})
show(lambda: {}.get([1]))
show(lambda: {1: 2} | [(3, 4)])
show(lambda: {1: 2} + {3: 4})
show(lambda: {1: 2} < {1: 2})
show(lambda: list({1: 2}.keys())[5])
dd = {"k": 1}
def delmissing():
    del dd["nope"]
show(delmissing)
show(lambda: {(1, 2): "t"}[(1, 2)])
show(lambda: {"a": 1} == {"a": 1.0})
show(lambda: dict(a=1) == {"a": 1} and list({"z": 0, "a": 0}) == ["z", "a"])
