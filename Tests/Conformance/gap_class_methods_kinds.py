# classmethod, staticmethod and property (getter/setter/deleter), via instances, classes and subclasses.
class Temp:
    scale = "C"
    count = 0

    def __init__(self, degrees):
        self._deg = degrees
        Temp.count += 1

    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 1))

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"

    @staticmethod
    def valid(d):
        return d > -273.15

    @property
    def degrees(self):
        return self._deg

    @degrees.setter
    def degrees(self, value):
        if not Temp.valid(value):
            raise ValueError(f"{value} is below absolute zero")
        self._deg = value

    @degrees.deleter
    def degrees(self):
        self._deg = None

    @property
    def kelvin(self):
        """Degrees in kelvin."""
        return self._deg + 273.15


class Kelvinish(Temp):
    scale = "K"


t = Temp.from_f(212)
print(type(t).__name__, t.degrees, t.kelvin, Temp.describe(), t.describe(), Kelvinish.describe(), Kelvinish(1).describe())
k = Kelvinish.from_f(32)
print(type(k).__name__, k.degrees, Temp.valid(-300), t.valid(0), Kelvinish.valid(5), Temp.count)
t.degrees = 50
print(t.degrees)
try:
    t.degrees = -500
except ValueError as e:
    print("ValueError", e)
del t.degrees
print(t.degrees, Temp.kelvin.__doc__, type(Temp.degrees).__name__, isinstance(Temp.__dict__["from_f"], classmethod))
print(type(Temp.__dict__["valid"]).__name__, Temp.__dict__["valid"].__func__(1), Temp.from_f.__self__.__name__)
print(Temp.degrees.fget.__name__, Temp.degrees.fset is not None, Temp.kelvin.fset, Temp.kelvin.fdel)
for thunk in [
    lambda: setattr(t, "kelvin", 1),
    lambda: delattr(t, "kelvin"),
    lambda: Temp.kelvin.__get__(None, Temp) is Temp.kelvin,
    lambda: Temp.describe.__func__(Kelvinish),
    lambda: Temp.from_f(),
    lambda: Temp.degrees.fget(t),
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)


class Computed:
    area = property(lambda self: self.w * self.h, doc="the area")

    def __init__(self, w, h):
        self.w, self.h = w, h


c = Computed(3, 4)
print(c.area, Computed.area.__doc__)
try:
    c.area = 5
except AttributeError as e:
    print("AttributeError", e)
