# ABCMeta.register virtual subclasses, __subclasshook__, isinstance/issubclass.
from abc import ABC, ABCMeta, abstractmethod


class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...


class Circle:
    def draw(self):
        return "circle"

    def __repr__(self):
        return "Circle()"


print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
result = Drawable.register(Circle)
print(result is Circle)
print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
print(Drawable in Circle.__mro__)


@Drawable.register
class Text:
    pass


print(isinstance(Text(), Drawable), Text.__name__)


class SubCircle(Circle):
    pass


print(issubclass(SubCircle, Drawable))
Drawable.register(int)
print(isinstance(5, Drawable), isinstance(True, Drawable), isinstance("s", Drawable))


class Sized2(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            if any("size" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class Box:
    def size(self):
        return 3


class Crate(Box):
    pass


class Plain:
    pass


print(issubclass(Box, Sized2), issubclass(Crate, Sized2), issubclass(Plain, Sized2))
print(isinstance(Box(), Sized2), isinstance(Plain(), Sized2))


class Strict(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False


Strict.register(Plain)
print(issubclass(Plain, Strict))


class Animal(ABC):
    @abstractmethod
    def sound(self):
        ...


class Dog(Animal):
    def sound(self):
        return "woof"


class Robot:
    def sound(self):
        return "beep"


Animal.register(Robot)
for obj in (Dog(), Robot(), Plain()):
    kind = "animal" if isinstance(obj, Animal) else "other"
    print(type(obj).__name__, kind, obj.sound() if hasattr(obj, "sound") else None)
try:
    Animal.register(5)
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(Dog, (Drawable, Animal)), isinstance(Robot(), (int, Animal)))
