# abc.ABC / abstractmethod: __abstractmethods__ bookkeeping, concrete subclasses,
# partial implementations, super() calls to abstract defaults.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        return 0

    def describe(self):
        return f"{type(self).__name__} area={self.area()} perimeter={self.perimeter()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def perimeter(self):
        return 4 * self.s + super().perimeter()


class Half(Shape):
    def area(self):
        return 1


sq = Square(3)
print(sq.describe(), isinstance(sq, Shape), issubclass(Square, ABC))
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(Square.__abstractmethods__))
print(type(Shape).__name__, type(Square) is ABCMeta)


class Single(ABC):
    @abstractmethod
    def run(self):
        pass


print(sorted(Single.__abstractmethods__))


class Base(metaclass=ABCMeta):
    @abstractmethod
    def go(self):
        return "base go"


class Impl(Base):
    def go(self):
        return "impl + " + super().go()


print(Impl().go())
print(sorted(Base.__abstractmethods__), sorted(Impl.__abstractmethods__))


class NoAbstract(ABC):
    def hello(self):
        return "hi"


print(NoAbstract().hello(), NoAbstract.__abstractmethods__ == frozenset())


class Later(Half):
    perimeter = lambda self: 7


print(Later().describe())


class Many(ABC):
    @abstractmethod
    def c(self): ...

    @abstractmethod
    def a(self): ...

    @abstractmethod
    def b(self): ...


print(sorted(Many.__abstractmethods__), len(Many.__abstractmethods__))
print(getattr(Shape.area, "__isabstractmethod__", False), getattr(Square.area, "__isabstractmethod__", False))
