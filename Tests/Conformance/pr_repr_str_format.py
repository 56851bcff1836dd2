# __repr__, __str__ and __format__: fallbacks, containers using repr, format specs and !r/!s conversions.
class Money:
    def __init__(self, cents, cur="USD"):
        self.cents = cents
        self.cur = cur

    def __repr__(self):
        return f"Money({self.cents!r}, {self.cur!r})"

    def __str__(self):
        return f"{self.cents // 100}.{self.cents % 100:02d} {self.cur}"

    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "cents":
            return f"{self.cents}c"
        if spec.endswith("m"):
            width = int(spec[:-1] or 0)
            return f"{self.cents / 100:>{width}.2f}"
        raise ValueError(f"bad spec {spec!r}")


m = Money(12345)
print(m)
print(repr(m))
print([m, Money(5, "EUR")])
print({"k": m})
print((m,))
print(f"{m}|{m!r}|{m!s}|{m:cents}|{m:10m}|")
print("{}|{!r}|{:cents}".format(m, m, m))
print(format(m, "8m"), format(m))
try:
    f"{m:zz}"
except ValueError as e:
    print("ValueError:", e)
print(str(m) == format(m, ""))


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


o = OnlyRepr()
print(str(o), repr(o), f"{o}", [o], "%s %r" % (o, o))
try:
    format(o, "10")
except TypeError as e:
    print("TypeError:", e)


class OnlyStr:
    def __str__(self):
        return "only-str"


s = OnlyStr()
print(str(s), f"{s}", "%s" % s)
print(repr(s).startswith("<__main__.OnlyStr object at"))
print(repr([s])[:25])


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)


class BadStr:
    def __str__(self):
        return None


try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)


class Temp:
    def __init__(self, deg):
        self.deg = deg

    def __format__(self, spec):
        return format(self.deg, spec) + "C"

    def __repr__(self):
        return f"Temp({self.deg})"


t = Temp(21.456)
print(f"{t:.1f}", f"{t:>8.2f}", f"{t}", f"{t!r:>12}")
print(format(3, "05d"), format(2.5, "^9.3f"), format("ab", "*^6"))
print(repr("it's"), repr('say "hi"'), repr("tab\tnew\n"), str(None), repr(None))
print(repr(1.0), repr(1e20), repr(0.1 + 0.2), str(-0.0), repr(float("inf")))
nested = [1, "two", (3.0, None), {"k": [True]}]
print(nested, str(nested) == repr(nested))
print(object.__repr__(t).startswith("<__main__.Temp object"))
