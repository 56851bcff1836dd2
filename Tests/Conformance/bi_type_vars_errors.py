# vars() on __slots__ instances, vars()/type() argument errors, __slots__ blocking new attributes.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class Slotted:
    __slots__ = ("x",)
s = Slotted()
s.x = 1
show(lambda: vars(s))
show(lambda: setattr(s, "y", 2))
show(lambda: hasattr(s, "__dict__"))
show(lambda: vars(1, 2))
show(lambda: type("X", (5,), {}))
show(lambda: type("X", (object, 5), {}))
