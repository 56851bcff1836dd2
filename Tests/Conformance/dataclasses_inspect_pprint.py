# dataclasses (order, frozen, fields, asdict/replace), inspect.signature, pprint, and collections.UserDict/UserList/UserString.
import dataclasses, inspect, pprint
from dataclasses import dataclass, field, asdict, astuple, replace
from collections import UserDict, UserList, UserString

@dataclass(order=True)
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False)

p = Point(1, 2)
print(p, p == Point(1, 2, ["x"]), p < Point(1, 3), asdict(p), astuple(p), replace(p, y=5))
print(Point.__doc__, [f.name for f in dataclasses.fields(Point)])

@dataclass(frozen=True)
class Frozen:
    a: int
try:
    Frozen(1).a = 2
except dataclasses.FrozenInstanceError as e:
    print("frozen:", e)
print(hash(Frozen(3)) == hash(Frozen(3)))

def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    "doc"
    return a
sig = inspect.signature(f)
print(sig, list(sig.parameters), sig.return_annotation, inspect.getdoc(f))
print(inspect.isfunction(f), inspect.isclass(Point), inspect.ismethod(p.__eq__), inspect.getmembers(p, lambda v: isinstance(v, int)))
pprint.pprint({"k%d" % i: list(range(i)) for i in range(8)}, width=50)
print(pprint.pformat([Point(i) for i in range(2)]))

class D(UserDict):
    def __missing__(self, key): return key * 2
d = D(a=1); d["b"] = 2
print(d, d["zz"], len(d), dict(d), d | {"c": 3})
l = UserList([3, 1, 2]); l.sort(); l += [9]
print(l, l[1:], l * 2, 2 in l)
s = UserString("Hello")
print(s.upper(), s + "!", s[1:3], s.isalpha(), "ell" in s, s.split("l"))
