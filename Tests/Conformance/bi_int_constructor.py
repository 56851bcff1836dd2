# int() from strings (bases, prefixes, underscores, whitespace, signs), floats, bools and __int__; error messages.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["0", "-0", "+7", "  42  ", "\t-13\n", "1_000", "007", "1_2_3", "12345678901234567890123"]:
    print(repr(s), int(s))
for s, b in [("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0), ("z", 36), ("Zz", 36),
             ("777", 8), ("-101", 2), ("  1_0  ", 2), ("0", 0), ("00", 0), ("0_0", 0), ("10", 3), ("0B1", 0), ("0X_A", 0)]:
    print(repr(s), b, int(s, b))
print(int(), int(3.99), int(-3.99), int(-0.5), int(1e20), int(True), int(False), int(10**30))
print(int("10", base=16), int(x="5") if False else int("5"))

for bad in ["", " ", "1.5", "1e3", "abc", "1__0", "_1", "1_", "0x", "--1", "+-1", "1 2", "12x"]:
    show(lambda: int(bad))
show(lambda: int("08", 0))
show(lambda: int("12", 2))
show(lambda: int("z", 35))
show(lambda: int("1", 1))
show(lambda: int("1", 37))
show(lambda: int("1", -1))
show(lambda: int(5, 10))
show(lambda: int(1.5, 10))
show(lambda: int(float("inf")))
show(lambda: int(float("-inf")))
show(lambda: int(float("nan")))
show(lambda: int(None))
show(lambda: int([1]))
show(lambda: int("1", "2"))
show(lambda: int("0x1G", 16))
show(lambda: int("9" * 50 + "x"))

class HasInt:
    def __int__(self):
        return 99
class BadInt:
    def __int__(self):
        return "no"
print(int(HasInt()))
show(lambda: int(BadInt()))
print(int("  -0b1_1 ", 0), int("+0o7", 8), int("-0x_f", 16), int("1" * 40, 2))
