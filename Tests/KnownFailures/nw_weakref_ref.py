# weakref.ref: dereferencing while alive, None after the referent is collected,
# unsupported referent types, refs held in containers.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(%r)" % self.name


def make_refs(store, names):
    refs = {}
    for n in names:
        obj = Node(n)
        store[n] = obj
        refs[n] = weakref.ref(obj)
    return refs


def describe(r):
    # Referents are only touched inside helpers, so no caller temporary keeps them.
    return repr(r())


def same(r, store, key):
    return r() is store[key]


def alive(refs):
    return sorted(k for k, r in refs.items() if r() is not None)


store = {}
refs = make_refs(store, ["a", "b", "c", "d"])
print(alive(refs))
print(same(refs["a"], store, "a"), describe(refs["b"]))
print(type(refs["a"]).__name__, isinstance(refs["a"], weakref.ref), callable(refs["a"]))
del store["b"]
gc.collect()
print(alive(refs), describe(refs["b"]))
del store["d"]
del store["a"]
gc.collect()
print(alive(refs), describe(refs["a"]), describe(refs["d"]))


def make_cycle():
    x, y = Node("x"), Node("y")
    x.other, y.other = y, x
    return weakref.ref(x), weakref.ref(y)


rx, ry = make_cycle()
gc.collect()
print("cycle:", describe(rx), describe(ry))


def make_child(holder_store):
    h = Node("holder")
    h.child = Node("child")
    holder_store.append(h)
    return weakref.ref(h.child)


hs = []
rc = make_child(hs)
gc.collect()
print(describe(rc))
hs.clear()
gc.collect()
print("child after holder dropped:", describe(rc))

for value in (1, "str", (1, 2), [1], {"a": 1}, None, 2.5, b"x"):
    try:
        weakref.ref(value)
        print("ok", type(value).__name__)
    except TypeError as e:
        print(type(e).__name__, e)


def func():
    return "func result"


rf = weakref.ref(func)
print(rf()(), weakref.ref(Node)().__name__)
try:
    weakref.ref()
except TypeError as e:
    print(type(e).__name__)
