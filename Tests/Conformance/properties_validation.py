# Validation through properties and __setattr__, with inheritance.
class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name
        self.public = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, 0)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.public} must be positive, got {value}")
        setattr(obj, self.private, value)


class Rectangle:
    width = Positive()
    height = Positive()

    def __init__(self, w, h):
        self.width = w
        self.height = h

    @property
    def area(self):
        return self.width * self.height

    @area.setter
    def area(self, value):
        factor = (value / self.area) ** 0.5
        self.width *= factor
        self.height *= factor


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)

    def __repr__(self):
        return f"Square({self.width})"


r = Rectangle(3, 4)
print(r.area, r.width, r.height, sorted(vars(r)))
r.area = 48
print(r.width, r.height, r.area)
for bad in [lambda: Rectangle(0, 1), lambda: setattr(r, "height", -2)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
s = Square(5)
print(s, s.area, isinstance(s, Rectangle), type(Rectangle.width).__name__)


class Audited:
    def __init__(self):
        self.changes = []

    def __setattr__(self, name, value):
        if name != "changes":
            self.changes.append(name)
        super().__setattr__(name, value)


x = Audited()
x.a = 1
x.b = 2
x.a = 3
print(x.changes, x.a, x.b)
