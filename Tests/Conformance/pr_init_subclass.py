# __init_subclass__: plugin registration, keyword arguments in class statements, validation and super chaining.
class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        if key in Plugin.registry:
            raise ValueError(f"duplicate plugin {key!r}")
        Plugin.registry[key] = cls
        print("registered", key, "for", cls.__name__)


class Csv(Plugin):
    pass


class Json(Plugin, name="json-v2"):
    pass


class FancyCsv(Csv, name="fancy"):
    pass


print(sorted(Plugin.registry))
print(Plugin.registry["fancy"].__mro__[1].__name__)
try:
    class Other(Plugin, name="json-v2"):
        pass
except ValueError as e:
    print("ValueError:", e)
print(sorted(Plugin.registry))

try:
    class Bad(Plugin, color="red"):
        pass
except TypeError as e:
    print("TypeError:", e)


class Shape:
    def __init_subclass__(cls, /, sides, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.sides = sides


class Triangle(Shape, sides=3):
    pass


class Square(Shape, sides=4):
    pass


print(Triangle.sides, Square.sides, hasattr(Shape, "sides"))
try:
    class Blob(Shape):
        pass
except TypeError as e:
    print("TypeError:", e)


class RequiresArea:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "area" not in cls.__dict__:
            raise TypeError(f"{cls.__name__} must define area()")


class Circle(RequiresArea):
    def area(self):
        return 3


print(Circle().area())
try:
    class Line(RequiresArea):
        pass
except TypeError as e:
    print("TypeError:", e)


class Counter:
    subclasses = []

    @classmethod
    def __init_subclass__(cls):
        Counter.subclasses.append(cls.__name__)


class A(Counter): pass
class B(A): pass
class C(B): pass


print(Counter.subclasses)
print([k.__name__ for k in Counter.__subclasses__()], [k.__name__ for k in A.__subclasses__()])
try:
    class D(object, extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)
