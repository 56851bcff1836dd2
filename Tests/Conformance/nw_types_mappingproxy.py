# types.MappingProxyType: read-only live view of a mapping; class __dict__ is one.
from types import MappingProxyType

src = {"a": 1, "b": 2}
mp = MappingProxyType(src)
print(mp["a"], len(mp), "b" in mp, "z" in mp, mp.get("z", 0))
print(sorted(mp.keys()), sorted(mp.values()), sorted(mp.items()))
print(list(mp), dict(mp))
src["c"] = 3
print(len(mp), mp["c"])
try:
    mp["d"] = 4
except TypeError as e:
    print(type(e).__name__)
try:
    del mp["a"]
except TypeError as e:
    print(type(e).__name__)
try:
    mp.pop("a")
except AttributeError as e:
    print(type(e).__name__)
try:
    mp["missing"]
except KeyError as e:
    print(type(e).__name__, e)
c = mp.copy()
c["new"] = 1
print(type(c).__name__, sorted(c), sorted(src))
print(mp == src, mp == {"a": 1, "b": 2, "c": 3})
print(mp | {"z": 26})
try:
    MappingProxyType([1, 2])
except TypeError as e:
    print(type(e).__name__, e)


def frozen_config(**kw):
    return MappingProxyType(dict(kw))


cfg = frozen_config(debug=True, level=2)
print(cfg["debug"], cfg["level"], repr(cfg))
for k, v in sorted(cfg.items()):
    print(k, v)
print(repr(MappingProxyType({})), len(MappingProxyType({})))
