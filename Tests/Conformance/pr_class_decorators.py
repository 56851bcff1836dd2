# Class decorators and __set_name__: adding methods, auto-__repr__/__eq__ generation, registries and field collection.
def auto_repr(cls):
    fields = cls.fields

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({inner})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)

    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls.__hash__ = None
    return cls


REGISTRY = {}


def register(name):
    def deco(cls):
        if name in REGISTRY:
            raise ValueError(f"{name!r} already registered to {REGISTRY[name].__name__}")
        REGISTRY[name] = cls
        cls.registered_as = name
        return cls
    return deco


@register("pt")
@auto_repr
class Point:
    fields = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


print(Point(1, 2), Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1), Point(0, 0) == "p")
print(REGISTRY["pt"] is Point, Point.registered_as, Point.__name__)
try:
    hash(Point(1, 1))
except TypeError as e:
    print("TypeError:", e)
try:
    @register("pt")
    class Other:
        pass
except ValueError as e:
    print("ValueError:", e)


class Field:
    def __init__(self, default=None):
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        if "_fields" not in owner.__dict__:
            owner._fields = []
        owner._fields.append(name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value


def model(cls):
    def __init__(self, **kwargs):
        unknown = set(kwargs) - set(cls._fields)
        if unknown:
            raise TypeError(f"unknown fields: {sorted(unknown)}")
        for k, v in kwargs.items():
            setattr(self, k, v)

    cls.__init__ = __init__
    cls.__repr__ = lambda self: f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in cls._fields) + ")"
    return cls


@model
class User:
    name = Field("anon")
    age = Field(0)
    email = Field()


print(User._fields, User(), User(name="ann", age=30))
try:
    User(nickname="x", zz=1)
except TypeError as e:
    print("TypeError:", e)


def singleton(cls):
    instances = {}

    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    get.wrapped = cls
    return get


@singleton
class Config:
    def __init__(self, env="dev"):
        self.env = env


print(Config("prod").env, Config("test").env, Config() is Config(), Config.wrapped.__name__)


def add_method(cls):
    cls.describe = lambda self: f"I am a {type(self).__name__}"
    return cls


@add_method
class Thing:
    pass


class SubThing(Thing):
    pass


print(Thing().describe(), SubThing().describe())
