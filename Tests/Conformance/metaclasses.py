# Metaclasses, type() with three arguments, __init_subclass__, __class_getitem__.
class Registry(type):
    classes = []

    def __new__(mcs, name, bases, namespace):
        cls = super().__new__(mcs, name, bases, namespace)
        Registry.classes.append(name)
        return cls

    def describe(cls):
        return f"<{cls.__name__} via {type(cls).__name__}>"


class Plugin(metaclass=Registry):
    pass


class Audio(Plugin):
    pass


print(Registry.classes, type(Audio).__name__, Audio.describe(), isinstance(Audio, Registry))
Dynamic = type("Dynamic", (Plugin,), {"x": 5, "hello": lambda self: "hi " + type(self).__name__})
print(Dynamic.x, Dynamic().hello(), Dynamic.__bases__[0].__name__, Registry.classes[-1])
print(type(5).__name__, type("s") is str, type(type) is type, type(object) is type)


class Base:
    subclasses = []

    def __init_subclass__(cls, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Base.subclasses.append(cls.__name__)


class One(Base, tag="first"):
    pass


class Two(One):
    pass


print(Base.subclasses, One.tag, Two.tag)


class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"


print(Box[int])


class Singleton(type):
    instances = {}

    def __call__(cls, *args):
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*args)
        return Singleton.instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value


a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)
try:
    class Bad(int, str):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class NoKw(tag="x"):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
