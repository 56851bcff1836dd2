# match statements: class patterns use isinstance(), so a metaclass __instancecheck__ decides whether they match.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
class Duck(metaclass=DuckMeta):
    pass
class Robot:
    def quack(self):
        return "beep-quack"
for thing in [Robot(), 42, "quack"]:
    match thing:
        case Duck():
            print(type(thing).__name__, "is a Duck by duck typing")
        case _:
            print(type(thing).__name__, "is not a Duck")

print(isinstance(Robot(), Duck), isinstance(1, Duck))
