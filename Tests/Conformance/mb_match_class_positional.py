# match statements: positional class sub-patterns via __match_args__, mixing positional and keyword, inheritance of __match_args__.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Labeled(Point):
    def __init__(self, x, y, label):
        super().__init__(x, y)
        self.label = label

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=z) if z < 0:
            return f"below plane {x},{y},{z}"
        case Point3(x, y, z):
            return f"3d {x},{y},{z}"
        case Labeled(x, y, label=lab):
            return f"labeled {lab} at {x},{y}"
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x):
            return f"somewhere with x={x}"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 2), Point3(0, 0, 0),
          Point3(1, 2, -3), Point3(1, 2, 3), Labeled(4, 5, "home")]:
    print(where(p))

# fewer positional patterns than __match_args__ is fine
match Point3(7, 8, 9):
    case Point3(a):
        print("just the first:", a)

# __match_args__ may name properties
class Temp:
    __match_args__ = ("celsius", "fahrenheit")
    def __init__(self, c):
        self.celsius = c
    @property
    def fahrenheit(self):
        return self.celsius * 9 // 5 + 32
match Temp(100):
    case Temp(c, f):
        print("temp:", c, f)

# a one-element __match_args__ tuple with nested sub-patterns
class One:
    __match_args__ = ("value",)
    def __init__(self, v):
        self.value = v
for v in [One(1), One("s"), One([1, 2])]:
    match v:
        case One(int(n)):
            print("One of int", n)
        case One([a, b]):
            print("One of pair", a, b)
        case One(other):
            print("One of", repr(other))

# positional and keyword for different attributes
match Point(1, 2):
    case Point(1, y=2):
        print("mixed positional/keyword matched")

# empty __match_args__ allows zero positional sub-patterns
class Empty:
    __match_args__ = ()
match Empty():
    case Empty():
        print("Empty() matched")
