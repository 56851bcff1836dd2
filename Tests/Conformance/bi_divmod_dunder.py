# divmod() dispatch to __divmod__/__rdivmod__ and its TypeError messages for unsupported operands.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Money:
    def __init__(self, c):
        self.c = c
    def __divmod__(self, n):
        return ("divmod", self.c, getattr(n, "c", n))
    def __rdivmod__(self, n):
        return ("rdivmod", n, self.c)
class OnlyFloor:
    def __floordiv__(self, o):
        return "floordiv"
    def __mod__(self, o):
        return "mod"
show(lambda: divmod(Money(10), 3))
show(lambda: divmod(3, Money(10)))
show(lambda: divmod(2.5, Money(1)))
show(lambda: divmod(Money(1), Money(2)))
show(lambda: divmod(OnlyFloor(), 2))
show(lambda: divmod(2, OnlyFloor()))
show(lambda: divmod("a", 2))
show(lambda: divmod(2, "a"))
show(lambda: divmod(None, None))
show(lambda: divmod([1], 1.5))
class NotImpl:
    def __divmod__(self, o):
        return NotImplemented
    def __rdivmod__(self, o):
        return NotImplemented
show(lambda: divmod(NotImpl(), 1))
show(lambda: divmod(1, NotImpl()))
