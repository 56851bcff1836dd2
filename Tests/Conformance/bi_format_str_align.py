# format spec for str: alignment, fill chars, width, precision truncation, '=' errors; str.format field features.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["", "a", "abc", "abcdef", "日本", "é"]:
    print("|".join(format(s, sp) for sp in ["", "5", "<5", ">5", "^5", "*^6", "-<4", ".2", "5.2", ">5.1", "^7.3", "s", ".0", "0>3", "x^2"]))
print(f"[{'left':<10}][{'right':>10}][{'mid':^10}][{'mid':^9}][{'ab':^5}][{'abc':_^6}]")
print("{:>{w}}|{:<{w}}|{:^{w}.{p}}".format("a", "b", "cdefg", w=6, p=3), "{0:{0}}".format("5"))
print("{0}{1}{0}".format("ab", "cd"), "{name}-{0}".format(1, name="n"), "{}{}{}".format(*"xyz"), "{a}{b}".format(**{"a": 1, "b": 2}))
print("{0!r:>8}|{0!s:<8}|{0!a:^10}|".format("é"), "{!r}".format(3), "{:>4}".format(None) if False else "{!s:>6}".format(None))
print("{0.real} {0.imag} {1[0]} {1[-1]}".format(5, [9, 8]) if False else "{0.real} {1[0]} {2[k]}".format(5, [9, 8], {"k": "v"}))
print("{:%}".format(0.5), "{:.1%}".format(1 / 3), "{{literal}}".format(), "{{{0}}}".format("x"), "}}{{".format())
print(format("text"), format(None), format([1, 2]), format((1,), ""), format(True), format(3.0), str.format("{}", 1))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        return format(self.c, spec + "f" if spec else "") + "°C"
t = Temp(21.5)
print(f"{t}", f"{t:.1}", f"{t:.0F}", "{:>8.2}".format(t), format(t, ".3F"))
show(lambda: format("abc", "d"))
show(lambda: format(None, ">5"))
show(lambda: format([1], "x"))
show(lambda: "{0} {1}".format(1))
show(lambda: "{a}".format(b=1))
show(lambda: "{0[5]}".format([1]))
show(lambda: "{0.nope}".format(1))
show(lambda: "{!x}".format(1))
