# Class attributes vs instance attributes: shadowing, shared mutable state, lookup order, vars() and __dict__.
class Dog:
    species = "canis"
    tricks = []
    count = 0

    def __init__(self, name):
        self.name = name
        Dog.count += 1

    def add_trick(self, trick):
        self.tricks.append(trick)


a = Dog("rex")
b = Dog("fido")
a.add_trick("sit")
b.add_trick("roll")
print(a.tricks, b.tricks, a.tricks is b.tricks, Dog.tricks)
print(Dog.count, a.count)
a.count = 100
print(Dog.count, a.count, b.count)
del a.count
print(a.count)
try:
    del a.count
except AttributeError as e:
    print("AttributeError:", e)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "dog"
print(a.species, b.species)
print(sorted(vars(a)), sorted(a.__dict__))
print("species" in Dog.__dict__, "name" in Dog.__dict__)


class Better:
    def __init__(self):
        self.tricks = []


x, y = Better(), Better()
x.tricks.append(1)
print(x.tricks, y.tricks)


class Config:
    debug = False
    level = 1


class DevConfig(Config):
    debug = True


print(Config.debug, DevConfig.debug, DevConfig.level)
Config.level = 5
print(DevConfig.level)
DevConfig.level = 7
print(Config.level, DevConfig.level)
del DevConfig.level
print(DevConfig.level)
try:
    del DevConfig.level
except AttributeError as e:
    print("AttributeError:", e)
try:
    Dog.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.nothing
except AttributeError as e:
    print("AttributeError:", e)

setattr(Dog, "legs", 4)
print(a.legs, getattr(b, "legs"), hasattr(Dog, "legs"))
delattr(Dog, "legs")
print(hasattr(a, "legs"))


class Method:
    def f(self):
        return "method"


m = Method()
m.f = lambda: "instance attr"
print(m.f(), Method.f(m))
del m.f
print(m.f())
Method.g = lambda self, k=2: f"added {k}"
print(m.g(), m.g(5))
print(type(m.f).__name__, type(Method.f).__name__)
print(m.f.__self__ is m, m.f.__func__ is Method.f)
counter = Dog.__dict__["count"]
print(counter, Dog.__name__, Dog.__qualname__, Dog.__module__)
