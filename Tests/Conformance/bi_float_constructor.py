# float() from strings (inf/nan spellings, exponents, underscores, whitespace), ints, big ints and __float__; errors.
import math
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["0", "-0", "1.5", "  2.25  ", "+3.", ".5", "-.5e-3", "1e10", "1E+10", "1_000.000_1", "inf", "-Infinity",
          "+INF", "nan", "-NaN", "iNfInItY", "1e400", "-1e400", "1e-400", "0x10" if False else "16", " 7 "]:
    print(repr(s), repr(float(s)))
print(float(), float(7), float(-0), float(True), float(2**53 + 1), float(10**300), float(-(10**20)))
print(math.isnan(float("nan")), float("nan") != float("nan"), math.isinf(float("-inf")), float("-0.0"))

for bad in ["", " ", "abc", "1.2.3", "1e", "e5", "0x10", "in f", "nan1", "1,5", "--1", "1 0"]:
    show(lambda: float(bad))
show(lambda: float(None))
show(lambda: float([1.0]))
show(lambda: float(10**400))
show(lambda: float(-(10**400)))

class HasFloat:
    def __float__(self):
        return 2.5
class BadFloat:
    def __float__(self):
        return "2.5"
class OnlyIndex:
    def __index__(self):
        return 3
print(float(HasFloat()))
show(lambda: float(BadFloat()))
show(lambda: float(OnlyIndex()))
print(float("1e308") * 10, -float("1e308") * 10, float("2.5e-324"), float("5e-324"), float("4.9e-324"))
print(float("0.1") + float("0.2"), float("9007199254740993"), float("123456789012345678901234567890"))
