# Abstract properties, classmethods and staticmethods stacked on abstractmethod:
# __abstractmethods__ bookkeeping and concrete overrides.
from abc import ABC, abstractmethod


class Model(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...

    @staticmethod
    @abstractmethod
    def version():
        ...

    def label(self):
        return f"{self.name} v{self.version()}"


print(sorted(Model.__abstractmethods__))
print(Model.__dict__["name"].__isabstractmethod__, isinstance(Model.__dict__["name"], property))
print(Model.__dict__["create"].__isabstractmethod__, Model.__dict__["version"].__isabstractmethod__)


class User(Model):
    @property
    def name(self):
        return "user"

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def version():
        return 2


u = User.create()
print(u.name, User.version(), type(u).__name__, u.label(), sorted(User.__abstractmethods__))


class Partial(Model):
    @property
    def name(self):
        return "partial"


print(sorted(Partial.__abstractmethods__))


class WithSetter(ABC):
    @property
    def x(self):
        return self._x

    @x.setter
    @abstractmethod
    def x(self, v):
        ...


print(sorted(WithSetter.__abstractmethods__), WithSetter.__dict__["x"].__isabstractmethod__)


class Concrete(WithSetter):
    @WithSetter.x.setter
    def x(self, v):
        self._x = v * 2


c = Concrete()
c.x = 5
print(c.x, sorted(Concrete.__abstractmethods__), Concrete.__dict__["x"].__isabstractmethod__)
