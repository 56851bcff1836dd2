# pow(): bools as integers in the three-argument form, keyword arguments base/exp/mod, arity and type errors, __pow__ with a modulus.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: pow(True, True, 2))
show(lambda: pow(2, 3, True))
show(lambda: pow(False, 0, 5))
show(lambda: pow(3, True, 5))
show(lambda: pow(base=2, exp=5))
show(lambda: pow(2, exp=3, mod=5))
show(lambda: pow(2, 10, mod=1000))
show(lambda: pow(2))
show(lambda: pow(2, 3, 4, 5))
show(lambda: pow(exp=2))
show(lambda: pow(2, 2, "5"))
show(lambda: pow(2.5, 2, "5"))
class Base:
    def __pow__(self, e, mod=None):
        return ("pow", e, mod)
    def __rpow__(self, b):
        return ("rpow", b)
print(pow(Base(), 2), pow(Base(), 2, 9), Base() ** 3, 5 ** Base(), pow(5, Base()))
