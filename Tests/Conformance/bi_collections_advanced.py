# collections: nested/default-valued defaultdict factories, namedtuple _replace/_asdict/_fields/defaults and errors, OrderedDict move_to_end/popitem.
from collections import defaultdict, namedtuple, OrderedDict
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], "x" in t, list(t))
dd = defaultdict(lambda: "N/A", {"k": "v"})
print(dd["k"], dd["missing"], sorted(dd), dd.get("other"), len(dd))
sets = defaultdict(set)
for k, v in [("a", 1), ("b", 2), ("a", 3), ("a", 1)]:
    sets[k].add(v)
print({k: sorted(v) for k, v in sets.items()})

Point = namedtuple("Point", "x y")
P3 = namedtuple("P3", ["x", "y", "z"], defaults=[0])
p = Point(1, 2)
q = p._replace(y=5)
print(p, q, p._asdict(), Point._fields, P3(1, 2), p.x + q.y, p == (1, 2))
x, y = p
print(x, y, p[0], p[-1], len(p), list(p), list(P3(1, 2, 3)))
show(lambda: Point(1))
show(lambda: Point(1, 2, 3))
show(lambda: p._replace(z=1))
show(lambda: namedtuple("Bad", "x x"))
show(lambda: setattr(p, "x", 10))

od = OrderedDict((k, 0) for k in "abc")
od.move_to_end("a")
print(list(od), od.popitem(last=False), od == OrderedDict([("c", 0), ("a", 0)]), od == {"a": 0, "c": 0})
