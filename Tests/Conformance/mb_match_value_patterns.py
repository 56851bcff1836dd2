# match statements: value patterns with dotted names (class attributes, module attributes, nested namespaces).
import math

class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

class Codes:
    OK = 200
    NOT_FOUND = 404
    class Inner:
        TEAPOT = 418

def color_name(c):
    match c:
        case Color.RED:
            return "it is red"
        case Color.GREEN | Color.BLUE:
            return "green or blue"
        case _:
            return "unknown colour"

for c in ["red", "green", "blue", "pink", Color.RED]:
    print(c, "->", color_name(c))

def status(code):
    match code:
        case Codes.OK:
            return "ok"
        case Codes.NOT_FOUND:
            return "not found"
        case Codes.Inner.TEAPOT:
            return "teapot"
        case other:
            return f"other {other}"

for code in [200, 404, 418, 500, 200.0]:
    print(code, "->", status(code))

match math.pi:
    case math.pi:
        print("math.pi matched itself")
match 3.14:
    case math.pi:
        print("wrong")
    case math.e:
        print("wrong e")
    case _:
        print("3.14 is not math.pi")

# value patterns are looked up at match time
class Config:
    LIMIT = 10
def check(v):
    match v:
        case Config.LIMIT:
            return "at limit"
        case _:
            return "not at limit"
print(check(10), check(20))
Config.LIMIT = 20
print(check(10), check(20))

# a value pattern evaluated on an instance attribute via a namespace object
class NS:
    pass
ns = NS()
ns.target = (1, 2)
match (1, 2):
    case ns.target:
        print("tuple value pattern matched")
match [1, 2]:
    case ns.target:
        print("list == tuple? no")
    case _:
        print("list [1, 2] != tuple (1, 2)")

# missing attribute in a value pattern raises AttributeError only when reached
try:
    match 1:
        case 1:
            print("first case hit, second never evaluated")
        case Color.PURPLE:
            print("never")
    match 2:
        case Color.PURPLE:
            print("never")
except AttributeError as e:
    print(type(e).__name__, e)
