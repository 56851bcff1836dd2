# Python subclasses of dict: overriding __getitem__/__setitem__, attributes on
# instances, super() calls, isinstance, repr, and which dict methods use the overrides.


class LowerDict(dict):
    def __init__(self, *args, **kw):
        super().__init__()
        self.writes = 0
        self.update(*args, **kw)

    def __setitem__(self, key, value):
        self.writes += 1
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def update(self, *args, **kw):
        for k, v in dict(*args, **kw).items():
            self[k] = v


d = LowerDict({"A": 1}, B=2)
d["Cee"] = 3
print(d, d.writes, len(d))
print(d["a"], d["CEE"], d["b"])
print(isinstance(d, dict), type(d).__name__, issubclass(LowerDict, dict))
print(sorted(d.keys()), sorted(d.values()), "a" in d, "A" in d)
print(d.get("A"), d.get("a"))
try:
    d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
print(d == {"a": 1, "b": 2, "cee": 3}, dict(d))


class Counting(dict):
    reads = 0

    def __getitem__(self, key):
        Counting.reads += 1
        return dict.__getitem__(self, key)


c = Counting(x=1, y=2)
total = c["x"] + c["y"]
print(total, Counting.reads)
print(sorted(c.items()), Counting.reads)


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value


ad = AttrDict(host="localhost")
ad.port = 8080
print(ad.host, ad.port, ad, sorted(ad))
try:
    ad.missing
except AttributeError as e:
    print(type(e).__name__, e)


class Tagged(dict):
    def __repr__(self):
        return "Tagged(" + repr(dict(self)) + ")"


t = Tagged(a=[1])
t.label = "meta"
print(repr(t), t.label, str(t), len(t))
print(vars(t), t.copy(), type(t.copy()).__name__)
t2 = Tagged(t)
print(t2 == t, t2 is t, type(t2).__name__)
print({**t, "b": 2})
merged = t | {"z": 0}
print(merged, type(merged).__name__)
t.update(y=9)
print(t, type(t).__name__)
print(sorted(Tagged.fromkeys("ab", 0).items()), type(Tagged.fromkeys("ab")).__name__)
