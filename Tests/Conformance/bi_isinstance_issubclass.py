# isinstance/issubclass with builtin types, class hierarchies, tuples (nested), bool/int relation and error messages.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Animal: pass
class Dog(Animal): pass
class Puppy(Dog): pass
class Cat(Animal): pass
class Robot: pass
class RoboDog(Robot, Dog): pass

p, rd = Puppy(), RoboDog()
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat), isinstance(p, object))
print(isinstance(rd, Robot), isinstance(rd, Animal), isinstance(rd, (Cat, Robot)), isinstance(rd, (Cat, (int, (Dog,)))))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog), issubclass(RoboDog, (Cat, Dog)))
print(issubclass(bool, int), issubclass(int, bool), issubclass(bool, (str, float)), issubclass(type, object), issubclass(object, type))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, float), isinstance(1.0, (int, float)), isinstance("s", str))
print(isinstance(int, type), isinstance(type, type), isinstance(object, type), isinstance(Dog, type), isinstance(None, type(None)))
print(isinstance([], (list, tuple)), isinstance((), list), isinstance({}, dict), isinstance(set(), (set, frozenset)))
print(isinstance(range(3), range), isinstance(len, type(print)), isinstance(lambda: 0, type(show)), isinstance(p, ()))
print(issubclass(Dog, ()), isinstance(5, (((int,),),)), [type(x).__name__ for x in (1, 1.0, "", [], (), {}, None, True)])
print([c.__name__ for c in Puppy.__mro__], [c.__name__ for c in RoboDog.__mro__])
print(Dog.__bases__[0].__name__, RoboDog.__bases__ == (Robot, Dog), [c.__name__ for c in Animal.__subclasses__()])

show(lambda: isinstance(p, p))
show(lambda: isinstance(p, "Dog"))
show(lambda: isinstance(p, (Dog, 5)))
show(lambda: isinstance(5, [int]))
show(lambda: issubclass(p, Dog))
show(lambda: issubclass(5, int))
show(lambda: issubclass(Dog, p))
show(lambda: issubclass(Dog, (Cat, "x")))
show(lambda: isinstance(p))
show(lambda: issubclass())

print(type(p) is Puppy, type(p) == Dog, type(True) is bool, type(type) is type)
