# Introspection of classes and functions: __name__, __qualname__, __module__, __doc__, __dict__, type(), __class__.
class Outer:
    """Outer docstring."""

    class Inner:
        def method(self):
            """Method doc."""
            return 1

    def make(self):
        def local():
            pass
        return local


def top(a, b=2, *args, c, d=4, **kw):
    "top doc"
    return a


print(Outer.__name__, Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
print(Outer().make().__qualname__, Outer().make().__name__, (lambda: 0).__qualname__, top.__qualname__)
print(Outer.__module__, top.__module__, Outer.__doc__, Outer.Inner.method.__doc__, top.__doc__, Outer.Inner.__doc__)
print(top.__defaults__, top.__kwdefaults__, (lambda x=[]: x).__defaults__, Outer.make.__defaults__)
print(sorted(k for k in Outer.__dict__ if not k.startswith("__")), "__doc__" in Outer.__dict__)
print(type(Outer), type(Outer()), Outer().__class__ is Outer, type(Outer.Inner().method).__name__, type(top).__name__)
print(type(5).__name__, type(type).__name__, type(None).__name__, type(len).__name__, type([].append).__name__)
print(int.__name__, int.__qualname__, int.__module__, len.__name__, len.__module__ if hasattr(len, "__module__") else "?")
Dyn = type("Dyn", (Outer,), {"x": 1, "f": lambda self: self.x * 2})
print(Dyn.__name__, Dyn.__qualname__, Dyn.__bases__[0].__name__, Dyn().f(), Dyn.__module__, isinstance(Dyn(), Outer))
obj = Outer()
obj.attr = 5
print(obj.__dict__, vars(obj), obj.__dict__ is vars(obj))
obj.__dict__["other"] = 6
print(obj.other, sorted(vars(obj)))
top.custom = "attached"
print(top.custom, top.__dict__, top.__name__)
top.__name__ = "renamed"
print(top.__name__, top.__qualname__)
for thunk in [
    lambda: type("T", 5, {}),
    lambda: type("T", (), []),
    lambda: type(1, 2),
    lambda: Outer.__qualname__.missing,
    lambda: setattr(Outer, "__name__", 5),
    lambda: vars(5),
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
