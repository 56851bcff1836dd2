# types.SimpleNamespace: construction, attribute access, repr, equality, mutation.
import types
from types import SimpleNamespace

ns = SimpleNamespace(x=1, y="two", z=[3])
print(ns)
print(ns.x, ns.y, ns.z)
ns.w = 4.5
ns.x += 10
del ns.y
print(ns)
print(sorted(vars(ns).items()))
print(ns.__dict__ is vars(ns))
print(hasattr(ns, "y"), getattr(ns, "y", "gone"))
try:
    ns.y
except AttributeError as e:
    print(type(e).__name__)
try:
    del ns.nope
except AttributeError as e:
    print(type(e).__name__)

a = SimpleNamespace(p=1, q=2)
b = SimpleNamespace(q=2, p=1)
c = SimpleNamespace(p=1)
print(a == b, a == c, a != c, a == {"p": 1, "q": 2})
print(SimpleNamespace())
print(SimpleNamespace({"from_dict": 1}) if False else SimpleNamespace(**{"from_dict": 1}))
try:
    SimpleNamespace(1, 2)
except TypeError as e:
    print(type(e).__name__)

nested = SimpleNamespace(inner=SimpleNamespace(val=[1, 2]), name="outer")
print(nested)
nested.inner.val.append(3)
print(nested.inner.val, repr(nested.inner))
print(isinstance(ns, types.SimpleNamespace), type(ns).__name__)


class Config(SimpleNamespace):
    def total(self):
        return sum(v for v in vars(self).values() if isinstance(v, int))


cfg = Config(a=1, b=2, c="x")
print(cfg.total(), type(cfg).__name__, isinstance(cfg, SimpleNamespace))
print(cfg)

settings = {}
ns2 = SimpleNamespace(**settings, debug=False)
for key in ("alpha", "beta"):
    setattr(ns2, key, len(key))
print(ns2)
items = [SimpleNamespace(name=n, score=s) for n, s in [("b", 2), ("a", 3), ("c", 1)]]
print([i.name for i in sorted(items, key=lambda i: i.score)])
print(max(items, key=lambda i: i.score))
