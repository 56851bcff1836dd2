# match statements with class patterns on user classes: __match_args__, keyword
# patterns, nested patterns, guards, captures, inheritance, and errors.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Circle:
    __match_args__ = ("center", "r")

    def __init__(self, center, r):
        self.center = center
        self.r = r


class Tag:
    def __init__(self, name, **attrs):
        self.name = name
        for k, v in attrs.items():
            setattr(self, k, v)


def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z) if z == 0:
            return f"flat 3d ({x}, {y})"
        case Point3(x=x, z=z):
            return f"3d x={x} z={z}"
        case Point(x, 0) | Point(0, x):
            return f"on axis at {x}"
        case Point(x=px, y=py) if px == py:
            return f"diagonal {px}"
        case Point():
            return "some point " + repr(shape)
        case Circle(Point(0, 0), r):
            return f"centered circle r={r}"
        case Circle(center=Point(x, y), r=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(c, r):
            return f"circle {c} {r}"
        case Tag(name="a", href=link):
            return "link to " + link
        case Tag(name=n):
            return "tag " + n
        case [Point() as p, *rest]:
            return f"list starting {p} +{len(rest)}"
        case {"kind": "point", "at": Point(x, y)}:
            return f"dict point {x},{y}"
        case int() | float() as num:
            return f"number {num}"
        case str(s):
            return "string " + s
        case _:
            return "unknown " + type(shape).__name__


samples = [Point(0, 0), Point3(1, 2, 0), Point3(1, 2, 3), Point(5, 0), Point(0, 7),
           Point(4, 4), Point(1, 2), Circle(Point(0, 0), 3), Circle(Point(1, 1), 20),
           Circle(Point(1, 1), 2), Tag("a", href="/x"), Tag("div"), [Point(1, 1), 2, 3],
           {"kind": "point", "at": Point(9, 8)}, 7, 2.5, "hi", None, (1,)]
for s in samples:
    print(describe(s))


class NoArgs:
    pass


try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(type(e).__name__, e)
match Point(1, 2):
    case Point(y=2, x=x):
        print("kw capture", x)
