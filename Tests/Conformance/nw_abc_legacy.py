# Legacy helpers abc.abstractclassmethod / abstractstaticmethod / abstractproperty.
import abc
from abc import ABC


class Legacy(ABC):
    @abc.abstractclassmethod
    def build(cls):
        ...

    @abc.abstractstaticmethod
    def helper():
        ...

    @abc.abstractproperty
    def value(self):
        ...


print(sorted(Legacy.__abstractmethods__))
print(abc.abstractproperty(lambda s: 1).__isabstractmethod__)


class LegacyImpl(Legacy):
    @classmethod
    def build(cls):
        return cls.__name__

    @staticmethod
    def helper():
        return "helped"

    @property
    def value(self):
        return 99


li = LegacyImpl()
print(LegacyImpl.build(), li.helper(), li.value, sorted(LegacyImpl.__abstractmethods__))


class Partial(Legacy):
    @property
    def value(self):
        return 1


print(sorted(Partial.__abstractmethods__))
