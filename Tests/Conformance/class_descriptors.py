# property, classmethod, staticmethod and user-defined descriptors.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @classmethod
    def freezing(cls):
        return cls(0)

    @staticmethod
    def scale():
        return "C"


t = Temperature(100)
print(t.celsius, t.fahrenheit, Temperature.scale(), t.scale())
t.celsius = 20
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
f = Temperature.freezing()
print(type(f).__name__, f.celsius)


class Sub(Temperature):
    pass


print(type(Sub.freezing()).__name__)


class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("Ada", 36)
print(p.name, p.age, type(Person.name).__name__, Person.name.name)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)


class Lazy:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, cls):
        value = self.func(obj)
        setattr(obj, self.func.__name__, value)
        return value


class Data:
    calls = 0

    @Lazy
    def expensive(self):
        Data.calls += 1
        return 42


d = Data()
print(d.expensive, d.expensive, Data.calls)
print(property.__name__, classmethod.__name__)
