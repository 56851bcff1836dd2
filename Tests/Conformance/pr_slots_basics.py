# __slots__: restricted attributes, no __dict__, unset slot errors, inheritance and class-level defaults.
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


v = Vec(1, 2)
print(v, v.x, v.y)
v.x = 10
print(v)
try:
    v.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(v, "__dict__"))
print(Vec.__slots__)
del v.y
try:
    print(v.y)
except AttributeError as e:
    print("AttributeError:", e)
try:
    del v.y
except AttributeError as e:
    print("AttributeError:", e)
v.y = 5
print(v)
print(getattr(v, "y"), getattr(v, "q", "missing"))
print(type(Vec.x).__name__)


class Vec3(Vec):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"Vec3({self.x}, {self.y}, {self.z})"


w = Vec3(1, 2, 3)
print(w)
try:
    w.w = 4
except AttributeError as e:
    print("AttributeError:", e)


class Loose(Vec):
    pass


lo = Loose(0, 0)
lo.extra = "ok"
print(lo.extra, lo.__dict__)


class Single:
    __slots__ = "name"


s = Single()
try:
    s.name
except AttributeError as e:
    print("AttributeError:", e)
s.name = "only"
print(s.name)


class WithDict:
    __slots__ = ("a", "__dict__")


wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.__dict__)


class Counted:
    __slots__ = ("value",)
    total = 0

    def __init__(self, value):
        self.value = value
        Counted.total += value


for i in range(5):
    Counted(i)
print(Counted.total)
try:
    Counted(1).total = 5
except AttributeError as e:
    print("AttributeError:", e)
