# getattr/setattr/hasattr/delattr, callable, isinstance/issubclass with tuples, and their errors.
class Base:
    kind = "base"

    def method(self):
        return "m"


class Child(Base):
    pass


c = Child()
setattr(c, "color", "blue")
print(getattr(c, "color"), getattr(c, "kind"), getattr(c, "missing", "dflt"), getattr(c, "missing", None))
print(hasattr(c, "color"), hasattr(c, "method"), hasattr(c, "nope"), hasattr(Child, "kind"))
delattr(c, "color")
print(hasattr(c, "color"), getattr(c, "method")(), getattr(Child, "__name__"))
setattr(Child, "added", 42)
print(c.added, Base.__dict__.get("added"), "added" in Child.__dict__)
print(callable(len), callable(c), callable(Child), callable(c.method), callable(None), callable(lambda: 0))


class CallMe:
    def __call__(self):
        return "called"


print(callable(CallMe()), CallMe()())
print(isinstance(c, Base), isinstance(c, (int, Base)), isinstance(3, (str, (float, int))), isinstance(True, int))
print(isinstance(3, ()), issubclass(Child, Base), issubclass(Base, Child), issubclass(bool, (str, int)), issubclass(Child, Child))
print(issubclass(int, object), isinstance(Child, type), isinstance(type, type), isinstance(object, type))
print(getattr(5, "real"), getattr("abc", "upper")(), hasattr(5, "imag"), getattr([], "append") is not None)
for thunk in [
    lambda: getattr(c, "missing"),
    lambda: getattr(c, 5),
    lambda: setattr(c, 5, 1),
    lambda: delattr(c, "never"),
    lambda: hasattr(c, None),
    lambda: getattr(Child, "zzz"),
    lambda: setattr(5, "x", 1),
    lambda: delattr(Child, "kind"),
    lambda: isinstance(3, 4),
    lambda: isinstance(3, (int, 4)),
    lambda: issubclass(3, int),
    lambda: issubclass(int, 3),
    lambda: getattr(),
    lambda: setattr("s", "upper", None),
    lambda: getattr(None, "x"),
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
