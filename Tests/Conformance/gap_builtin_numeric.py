# abs, divmod, pow (incl. 3-argument and negative exponents) and round edge cases.
print(abs(-5), abs(5), abs(-0.0), abs(-2.5), abs(True), abs(-10**30))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(17.5, 5), divmod(-17.5, 5), divmod(7, 2.0), divmod(10**20, 7))
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(2.0, 0.5), pow(0, 0))
print(pow(3, 4, 5), pow(3, -1, 7), pow(-3, 3, 7), pow(10**20, 3, 97), pow(5, 0, 1), pow(38, -1, 97))
print(2 ** -1, (-2) ** 2, -2 ** 2, 2 ** 3 ** 2, 10 ** 0, 0 ** 0, 0.0 ** 0)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(2.675, 2), round(1.005, 2), round(123.456, -1), round(123.456, 1), round(-0.05, 1))
print(round(12345, -2), round(12350, -2), round(12450, -2), round(-12350, -2), round(7, 0), round(7, 3))
print(type(round(2.5)), type(round(2.5, 0)), type(round(5, 1)), round(2.5, None))
for thunk in [
    lambda: pow(2, -1, 4),
    lambda: pow(2.0, 2, 3),
    lambda: pow(2, 3, 0),
    lambda: divmod(5, 0),
    lambda: divmod(5.0, 0),
    lambda: 0 ** -1,
    lambda: 0.0 ** -1,
    lambda: abs("x"),
    lambda: round("1.5"),
    lambda: round(1.5, 1.0),
    lambda: divmod("a", 2),
    lambda: pow(10.0, 400),
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)


class Num:
    def __abs__(self):
        return "abs called"

    def __round__(self, n=None):
        return ("round", n)

    def __pow__(self, other, mod=None):
        return ("pow", other, mod)

    def __rpow__(self, other):
        return ("rpow", other)

    def __divmod__(self, other):
        return ("divmod", other)


n = Num()
print(abs(n), round(n), round(n, 2), pow(n, 2), pow(n, 2, 5), 2 ** n, divmod(n, 3))
