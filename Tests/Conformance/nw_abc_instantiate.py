# Instantiating a class with abstract methods raises TypeError with CPython's message.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...


class Half(Shape):
    def area(self):
        return 1


class Base(metaclass=ABCMeta):
    @abstractmethod
    def go(self):
        ...


class Model(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...


class Full(Half):
    def perimeter(self):
        return 2


for cls in (Shape, Half, Base, Model, Full):
    try:
        obj = cls()
        print("created", type(obj).__name__)
    except TypeError as e:
        print(type(e).__name__, e)
