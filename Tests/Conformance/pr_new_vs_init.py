# __new__ vs __init__: instance caching, __new__ returning other objects, argument errors, immutable-style objects.
class Interned:
    _pool = {}

    def __new__(cls, name):
        if name in cls._pool:
            print("  reuse", name)
            return cls._pool[name]
        print("  new", name)
        obj = super().__new__(cls)
        cls._pool[name] = obj
        return obj

    def __init__(self, name):
        print("  init", name)
        self.name = name


a = Interned("x")
b = Interned("x")
c = Interned("y")
print(a is b, a is c, sorted(Interned._pool))


class Factory:
    def __new__(cls, kind):
        if kind == "int":
            return 42
        if kind == "list":
            return [1, 2]
        return super().__new__(cls)

    def __init__(self, kind):
        print("  Factory.__init__", kind)
        self.kind = kind

    def __repr__(self):
        return f"Factory({self.kind!r})"


print(Factory("int"), Factory("list"), Factory("self"))


class Base:
    def __new__(cls, *args, **kwargs):
        inst = super().__new__(cls)
        inst.created_by = cls.__name__
        return inst


class Child(Base):
    def __init__(self, v):
        self.v = v


ch = Child(5)
print(ch.created_by, ch.v, type(ch).__name__)


class Point:
    def __new__(cls, x, y):
        self = super().__new__(cls)
        object.__setattr__(self, "coords", (x, y))
        return self

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __repr__(self):
        return f"Point{self.coords}"


p = Point(1, 2)
print(p)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)


class NoInit:
    pass


class OnlyInit:
    def __init__(self, a):
        self.a = a


class OnlyNew:
    def __new__(cls, a):
        return super().__new__(cls)


for label, f in [("NoInit(1)", lambda: NoInit(1)), ("NoInit(k=1)", lambda: NoInit(k=1)),
                 ("OnlyInit()", lambda: OnlyInit()), ("OnlyInit(1, 2)", lambda: OnlyInit(1, 2)),
                 ("OnlyNew(1)", lambda: type(OnlyNew(1)).__name__), ("OnlyNew()", lambda: OnlyNew()),
                 ("object(1)", lambda: object(1))]:
    try:
        print(label, "->", f())
    except TypeError as e:
        print(label, "-> TypeError:", e)


class InitReturns:
    def __init__(self):
        return 5


try:
    InitReturns()
except TypeError as e:
    print("TypeError:", e)
obj = object.__new__(OnlyInit)
print(type(obj).__name__, hasattr(obj, "a"))
OnlyInit.__init__(obj, "late")
print(obj.a)
