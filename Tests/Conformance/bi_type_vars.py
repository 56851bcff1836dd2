# type() of many values, type(name, bases, dict) class creation, vars() of objects/classes/modules and errors.
import math
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [1, 1.5, "s", [], (), {}, set(), frozenset(), None, True, range(1), slice(1), len, print, type, object(), ..., NotImplemented]:
    print(type(v).__name__, type(v) is v.__class__)
def f():
    pass
class C:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = [2]
    def method(self):
        return self.a
print(type(f).__name__, type(C).__name__, type(C()).__name__, type(C().method).__name__, type(lambda: 0).__name__)
print(type(x for x in []).__name__, type(math).__name__, type(type(1)).__name__, type(C.method).__name__)
print(type(1) == int, type(True) == int, type(1) is type(2), type("a")("xyz"), type(5)("42"), type([])((1, 2)))

Point = type("Point", (), {"x": 0, "y": 0, "norm": lambda self: abs(self.x) + abs(self.y)})
p = Point()
p.x, p.y = 3, -4
print(Point.__name__, type(p).__name__, p.norm(), isinstance(p, Point), Point.__bases__ == (object,))
Sub = type("Sub", (Point,), {"z": 1})
print(Sub.__name__, Sub().z, Sub().x, issubclass(Sub, Point), [k.__name__ for k in Sub.__mro__])

obj = C()
print(vars(obj), vars(obj) is obj.__dict__, sorted(k for k in vars(C) if not k.startswith("__")))
vars(obj)["c"] = 3
print(obj.c, sorted(vars(obj)))
obj.__dict__.update(d=4)
print(obj.d, vars(obj))
print("pi" in vars(math), vars(math)["pi"] == math.pi, "sqrt" in vars(math))
class Empty:
    pass
print(vars(Empty()), C().__dict__)

show(lambda: vars(5))
show(lambda: vars("s"))
show(lambda: vars([]))
show(lambda: type())
show(lambda: type(1, 2))
show(lambda: type("X", (), []))
show(lambda: type(5, (), {}))
show(lambda: type("X", (bool,), {}))
