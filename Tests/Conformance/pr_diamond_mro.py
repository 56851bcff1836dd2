# Diamond inheritance: C3 MRO order, super() cooperation, __mro__ and mro(), MRO conflicts.
class Base:
    def __init__(self):
        self.log = ["Base"]

    def who(self):
        return "Base"

    def chain(self):
        return ["Base"]


class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")

    def who(self):
        return "Left"

    def chain(self):
        return ["Left"] + super().chain()


class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")

    def who(self):
        return "Right"

    def chain(self):
        return ["Right"] + super().chain()


class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Bottom")

    def chain(self):
        return ["Bottom"] + super().chain()


b = Bottom()
print(b.log)
print(b.who())
print(b.chain())
print([k.__name__ for k in Bottom.__mro__])
print([k.__name__ for k in Bottom.mro()])
print(Bottom.__bases__ == (Left, Right))
print([k.__name__ for k in Left.__bases__])
print(issubclass(Bottom, Base), issubclass(Base, Bottom), isinstance(b, Right))


class Bottom2(Right, Left):
    pass


print([k.__name__ for k in Bottom2.__mro__])
print(Bottom2().who(), Bottom2().chain())


# A deeper lattice.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(C): pass
class F(D, E): pass


print([k.__name__ for k in F.__mro__])

# Inconsistent MRO.
class X: pass
class Y(X): pass

try:
    class Z(X, Y):
        pass
except TypeError as e:
    print("TypeError:", e)


# super() with explicit arguments skipping a level.
class G(Left, Right):
    def who(self):
        return super(Left, self).who()


print(G().who())
print(super(Bottom, b).who(), super(Right, b).who())
