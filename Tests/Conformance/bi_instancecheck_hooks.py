# isinstance()/issubclass() honour metaclass __instancecheck__ and __subclasscheck__.
class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
class Duck(metaclass=Meta): pass
class Mallard:
    quack = True
class Dog: pass
print(isinstance(Mallard(), Duck), isinstance(Dog(), Duck), issubclass(Mallard, Duck), issubclass(Dog, Duck))
print(isinstance(Mallard(), (int, Duck)), issubclass(Mallard, (str, Duck)), isinstance(Duck(), Duck))
