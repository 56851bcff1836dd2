# A memoizing object cache keyed by name with WeakValueDictionary: entries live while
# users hold the object and are rebuilt after collection. Objects are only handled in
# helper functions so no caller temporary keeps them.
import gc
import weakref

built = []


class Texture:
    def __init__(self, name):
        self.name = name
        built.append(name)

    def __repr__(self):
        return f"Texture({self.name})"


class Cache:
    def __init__(self):
        self._store = weakref.WeakValueDictionary()
        self.hits = 0
        self.misses = 0

    def get(self, name):
        obj = self._store.get(name)
        if obj is None:
            self.misses += 1
            obj = Texture(name)
            self._store[name] = obj
        else:
            self.hits += 1
        return obj

    def live(self):
        return sorted(self._store.keys())


cache = Cache()
users = {}


def acquire(user, name):
    users.setdefault(user, []).append(cache.get(name))


def same_object(u1, i1, u2, i2):
    return users[u1][i1] is users[u2][i2]


acquire("ann", "grass")
acquire("ann", "stone")
acquire("bob", "grass")
print(cache.live(), cache.hits, cache.misses, same_object("ann", 0, "bob", 0))
del users["ann"]
gc.collect()
print(cache.live())
del users["bob"]
gc.collect()
print(cache.live())
acquire("cy", "grass")
acquire("cy", "water")
print(cache.live(), cache.hits, cache.misses, built)
users.clear()
gc.collect()
print(cache.live(), len(cache._store))
for n in ("a", "b", "a", "c", "b"):
    acquire("dee", n)
print(cache.live(), cache.hits, cache.misses, len(users["dee"]))
