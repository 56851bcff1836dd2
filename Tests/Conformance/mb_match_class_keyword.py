# match statements: class patterns with keyword sub-patterns, isinstance checks, inheritance and properties.
class Shape:
    pass

class Circle(Shape):
    def __init__(self, r):
        self.r = r

class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h
    @property
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)

def describe(s):
    match s:
        case Circle(r=0):
            return "a point-like circle"
        case Circle(r=r) if r > 10:
            return f"big circle r={r}"
        case Circle(r=r):
            return f"circle r={r}"
        case Square(w=side):
            return f"square side={side}"
        case Rect(w=w, h=h, area=a) if a > 50:
            return f"large rect {w}x{h} area={a}"
        case Rect(w=w, h=h):
            return f"rect {w}x{h}"
        case Shape():
            return "some shape"
        case _:
            return "not a shape"

for s in [Circle(0), Circle(20), Circle(3), Square(4), Rect(10, 6), Rect(2, 3), Shape(), "circle", None]:
    print(describe(s))

# a missing attribute makes the keyword pattern fail (no AttributeError)
class Partial:
    def __init__(self):
        self.a = 1
match Partial():
    case Partial(a=1, b=2):
        print("b exists?")
    case Partial(a=a):
        print("only a:", a)

# keyword patterns on instances with dynamically added attributes
p = Partial()
p.b = "dyn"
match p:
    case Partial(a=1, b=b):
        print("dynamic b:", b)

# attribute lookup goes through __getattr__ as well
class Dynamic:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(name)
match Dynamic():
    case Dynamic(xval=v, y=w):
        print("y found?", v, w)
    case Dynamic(xval=v):
        print("__getattr__ gave:", v)

# class pattern with object() matches anything
for v in [1, "s", None, Circle(1)]:
    match v:
        case object():
            print(type(v).__name__, "is an object")

# keyword sub-patterns may be any pattern
match Rect(3, [1, 2, 3]):
    case Rect(w=3 | 4 as w, h=[first, *rest]):
        print("nested keyword patterns:", w, first, rest)

# type() itself works as a class in patterns
match int:
    case type():
        print("int is a type")
