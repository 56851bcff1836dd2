# __getattr__/__getattribute__/__setattr__/__delattr__: proxies, fallbacks, recursion-safe patterns.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append("set " + name)
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._log.append("del " + name)
        delattr(self._target, name)


class Target:
    def __init__(self):
        self.x = 1

    def double(self):
        return self.x * 2


t = Target()
p = Proxy(t)
print(p.x, p.double())
p.x = 21
print(t.x, p.double())
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
print(p._log)
print(getattr(p, "missing", "default"), hasattr(p, "missing"), hasattr(p, "double"))


class Record:
    def __init__(self, **fields):
        self._fields = fields

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__!r} has no field {name!r}") from None


r = Record(a=1, b="two")
print(r.a, r.b, sorted(r._fields))
try:
    r.c
except AttributeError as e:
    print("AttributeError:", e)


class Counting:
    def __init__(self):
        self.hits = {}
        self.value = 5

    def __getattribute__(self, name):
        if name != "hits" and not name.startswith("__"):
            hits = object.__getattribute__(self, "hits")
            hits[name] = hits.get(name, 0) + 1
        return object.__getattribute__(self, name)


c = Counting()
c.value, c.value, c.hits
try:
    c.nope
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(c.hits.items()))


class Fallback:
    real = "real"

    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"fallback:{name}"


f = Fallback()
print(f.real, f.secret, f.other)


class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: frozen")


fz = Frozen(3)
for action in ("set", "del"):
    try:
        if action == "set":
            fz.x = 4
        else:
            del fz.x
    except AttributeError as e:
        print("AttributeError:", e)
print(fz.x)


class Chain:
    def __init__(self, path=()):
        self.path = path

    def __getattr__(self, name):
        return Chain(self.path + (name,))

    def __call__(self, *args):
        return "/".join(self.path) + str(args)


api = Chain()
print(api.users.list(), api.repos.get(1, 2))
