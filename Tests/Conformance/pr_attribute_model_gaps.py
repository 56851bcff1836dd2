# Attribute-model corners: bound-method equality, property AttributeError falling back to __getattr__,
# reassigning obj.__class__ and obj.__dict__, and pow() with a modulus on a user type.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


class A:
    def m(self):
        return "A.m"


a = A()
attempt("a.m == a.m", lambda: a.m == a.m)
attempt("a.m == A().m", lambda: a.m == A().m)
attempt("a.m in [a.m]", lambda: a.m in [a.m])
attempt("a.m != a.m", lambda: a.m != a.m)


class Lazy:
    @property
    def config(self):
        raise AttributeError("config not loaded")

    def __getattr__(self, name):
        return f"fallback for {name}"


attempt("property AttributeError -> __getattr__", lambda: Lazy().config)


class B:
    def m(self):
        return "B.m"


obj = A()
obj.__class__ = B
attempt("after __class__ = B", lambda: (type(obj).__name__, obj.m(), isinstance(obj, B)))
attempt("__class__ = int", lambda: setattr(A(), "__class__", int))

fresh = A()
fresh.__dict__ = {"z": 1}
attempt("after __dict__ = {...}", lambda: (fresh.z, fresh.__dict__))
attempt("__dict__ = 5", lambda: setattr(A(), "__dict__", 5))


class Modular:
    def __init__(self, v):
        self.v = v

    def __pow__(self, exp, mod=None):
        return Modular(pow(self.v, exp, mod))

    def __repr__(self):
        return f"Modular({self.v})"


attempt("pow(obj, e, m)", lambda: pow(Modular(3), 4, 5))
attempt("obj ** e", lambda: Modular(3) ** 4)
