# WeakValueDictionary: entries disappear when their values are collected.
# Values are only touched inside helper functions so no caller temporary keeps them.
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n


def fill(cache, owners, count):
    for i in range(count):
        o = Obj(i)
        owners["k%d" % i] = o
        cache["k%d" % i] = o


def show(cache):
    return sorted((k, repr(v)) for k, v in cache.items())


def lookups(cache):
    return [repr(cache["k2"]), cache.get("k9"), cache.get("k9", "dflt"), "k3" in cache, "zz" in cache]


cache = weakref.WeakValueDictionary()
owners = {}
fill(cache, owners, 5)
print(len(cache), sorted(cache.keys()))
print(lookups(cache))
del owners["k1"]
del owners["k3"]
gc.collect()
print(len(cache), sorted(cache), show(cache))
try:
    cache["k1"]
except KeyError as e:
    print(type(e).__name__, e)


def pop_and_default(cache, owners):
    temp = Obj(99)
    cache["tmp"] = temp
    out = [repr(cache.pop("tmp")), "tmp" in cache]
    cache["tmp"] = temp
    del cache["tmp"]
    out.append("tmp" in cache)
    out.append(repr(cache.setdefault("k0", Obj(-1))))
    other = Obj(42)
    owners["other"] = other
    out.append(repr(cache.setdefault("new", other)))
    cache.update({"u": owners["k0"]})
    return out


print(pop_and_default(cache, owners))
print(show(cache))
owners.clear()
gc.collect()
print(len(cache), show(cache))

registry = weakref.WeakValueDictionary()


def make(name, holders):
    obj = registry.get(name)
    if obj is None:
        obj = Obj(len(name))
        registry[name] = obj
        print("created", name)
    holders.append(obj)


holders = []
make("alpha", holders)
make("alpha", holders)
make("beta", holders)
def shared(holders):
    return holders[0] is holders[1]


print(len(holders), len(registry), shared(holders))
holders.clear()
gc.collect()
print(len(registry))
make("alpha", holders)
print(show(registry))
try:
    registry["bad"] = 5
except TypeError as e:
    print(type(e).__name__, e)
