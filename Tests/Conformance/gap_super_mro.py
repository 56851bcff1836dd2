# super() in cooperative multiple inheritance, explicit super(C, self), in classmethods, and MRO errors.
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        self.extra = kw

    def hello(self):
        return "Base"

    @classmethod
    def make(cls):
        return f"make {cls.__name__}"


class Left(Base):
    def __init__(self, left=0, **kw):
        super().__init__(**kw)
        self.log.append("Left")
        self.left = left

    def hello(self):
        return "Left>" + super().hello()


class Right(Base):
    def __init__(self, right=0, **kw):
        super().__init__(**kw)
        self.log.append("Right")
        self.right = right

    def hello(self):
        return "Right>" + super().hello()

    @classmethod
    def make(cls):
        return "Right:" + super().make()


class Diamond(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Diamond")

    def hello(self):
        return "Diamond>" + super().hello()


d = Diamond(left=1, right=2, other=3)
print([c.__name__ for c in Diamond.__mro__], d.log, d.left, d.right, d.extra)
print(d.hello(), Diamond.make(), super(Left, d).hello(), super(Right, d).hello(), super(Diamond, d).hello())
print(Left.hello(d), Right.hello(d), super(Diamond, Diamond).make())


def outside(self):
    return super(Left, self).hello()


print(outside(d), type(super(Left, d)).__name__)
print([c.__name__ for c in type.mro(Diamond)], Diamond.__bases__ == (Left, Right), Left.__base__.__name__)


class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass


print([k.__name__ for k in D.__mro__])
for bases in [(A, B), (B, B), (D, B, C), (object, A)]:
    try:
        X = type("X", bases, {})
        print("ok", [k.__name__ for k in X.__mro__])
    except TypeError as e:
        print("TypeError", e)
for thunk in [
    lambda: super(Left, 5),
    lambda: super(int, d),
    lambda: super(Diamond, d).missing,
    lambda: super().hello(),
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
