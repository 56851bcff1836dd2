# Metaclasses: registering classes, injecting attributes, __call__ for instance control and __prepare__-free patterns.
class Registered(type):
    registry = {}

    def __new__(mcs, name, bases, ns, **kwargs):
        ns.setdefault("kind", name.lower())
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            mcs.registry[cls.kind] = cls
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        cls.init_seen = True

    def create(cls, kind, *args):
        return cls.registry[kind](*args)

    def __repr__(cls):
        return f"<class {cls.__name__} kind={cls.kind}>"


class Animal(metaclass=Registered):
    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"


class Dog(Animal):
    def speak(self):
        return f"{self.name} barks"


class Cat(Animal):
    kind = "feline"

    def speak(self):
        return f"{self.name} meows"


print(sorted(Registered.registry))
print(Animal.create("dog", "rex").speak(), Animal.create("feline", "tom").speak())
print(Dog, Cat, Animal, Dog.init_seen)
print(type(Dog) is Registered, isinstance(Dog, type), isinstance(Dog("a"), Animal))
try:
    Animal.create("cow", "bessie")
except KeyError as e:
    print("KeyError:", e)


class Singleton(type):
    instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in Singleton.instances:
            print("creating", cls.__name__)
            Singleton.instances[cls] = super().__call__(*args, **kwargs)
        return Singleton.instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value=0):
        self.value = value


c1 = Config(5)
c2 = Config(9)
print(c1 is c2, c1.value)


class UpperAttrs(type):
    def __new__(mcs, name, bases, ns):
        new_ns = {}
        for key, val in ns.items():
            new_ns[key if key.startswith("__") else key.upper()] = val
        return super().__new__(mcs, name, bases, new_ns)


class Shout(metaclass=UpperAttrs):
    greeting = "hi"

    def run(self):
        return "running"


print(Shout.GREETING, Shout().RUN(), hasattr(Shout, "greeting"))


class Meta(type):
    def __len__(cls):
        return len(cls.items)

    def __iter__(cls):
        return iter(cls.items)

    def __contains__(cls, x):
        return x in cls.items


class Colors(metaclass=Meta):
    items = ["red", "green", "blue"]


print(len(Colors), list(Colors), "green" in Colors, sorted(Colors))
Made = Registered("Made", (Animal,), {"speak": lambda self: "made " + self.name})
print(Made, Made("m").speak(), "made" in Registered.registry)
print(type(Registered).__name__, Registered.__mro__[1].__name__)
