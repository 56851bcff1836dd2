# Metaclass __instancecheck__/__subclasscheck__, and abc registration through them.
class M(type):
    def __instancecheck__(cls, inst): return inst == 5
    def __subclasscheck__(cls, sub): return sub is int
class A(metaclass=M): pass
print(isinstance(5, A), isinstance(4, A), issubclass(int, A), issubclass(str, A))
import abc
class B(abc.ABC): pass
B.register(int)
print(isinstance(3, B), issubclass(int, B), issubclass(bool, B))
