# Inheritance, MRO, super() in its forms, method resolution.
class Base:
    kind = "base"

    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"{self.kind}:{self.name}"

    def greet(self):
        return "hello from Base"


class Child(Base):
    kind = "child"

    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def describe(self):
        return super().describe() + f"/{self.age}"


class Grandchild(Child):
    def greet(self):
        return "hi; " + super().greet()


g = Grandchild("g", 3)
print(g.describe(), g.greet(), g.kind)
print([k.__name__ for k in Grandchild.__mro__])
print(issubclass(Grandchild, Base), issubclass(Base, Child), isinstance(g, (int, Base)))


class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print(D().who(), [k.__name__ for k in D.mro()])
print(super(B, D()).who())


class X: pass
class Y: pass
class Z(X, Y): pass
try:
    class Bad(X, Z): pass
except TypeError as e:
    print("TypeError:", e)


class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")

    def __str__(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.0 * self.r * self.r


shapes = [Square(2), Circle(1), Square(3)]
for s in shapes:
    print(str(s))
print(sum([s.area() for s in shapes]))
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
