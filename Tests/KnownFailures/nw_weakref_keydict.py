# WeakKeyDictionary: per-object side data that vanishes with the key object.
# Keys are only touched inside helper functions so no caller temporary keeps them.
import gc
import weakref


class Key:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Key(%s)" % self.name


def names(wkd):
    return sorted((k.name, v) for k, v in wkd.items())


def setup(meta, owners):
    for i, n in enumerate(["one", "two", "three"]):
        k = Key(n)
        owners[n] = k
        meta[k] = i + 1


def probe(meta, owners):
    k1 = owners["one"]
    out = [len(meta), meta[k1], k1 in meta, Key("one") in meta]
    meta[k1] += 10
    out.append(meta[k1])
    out.append(meta.get(owners["three"]))
    out.append(meta.get(Key("nope"), "missing"))
    try:
        meta[Key("ghost")]
    except KeyError:
        out.append("KeyError for ghost")
    return out


meta = weakref.WeakKeyDictionary()
owners = {}
setup(meta, owners)
print(names(meta), sorted(meta.values()))
print(probe(meta, owners))
del owners["two"]
gc.collect()
print(len(meta), names(meta))
try:
    meta["string key"] = 1
except TypeError as e:
    print(type(e).__name__, e)


class Tracker:
    def __init__(self):
        self.data = weakref.WeakKeyDictionary()

    def touch(self, obj):
        self.data[obj] = self.data.get(obj, 0) + 1


def exercise(t, owners, order):
    for name in order:
        t.touch(owners[name])


t = Tracker()
owners = {"a": Key("a"), "b": Key("b"), "c": Key("c")}
exercise(t, owners, "abaac")
print(names(t.data), len(t.data))
del owners["a"]
gc.collect()
print(names(t.data))


def more(t, owners):
    t.data.setdefault(owners["c"], 100)
    t.data.setdefault(Key("tmp"), 5)
    t.data.update({owners["b"]: 50})
    del t.data[owners["c"]]
    return t.data.pop(owners["b"]), t.data.pop(Key("zz"), "none")


gc.collect()
print(more(t, owners))
print(names(t.data), len(t.data))
owners.clear()
gc.collect()
print(names(t.data), len(t.data))
