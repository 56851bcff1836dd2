# __call__, __contains__, __bool__, __len__, __hash__/__eq__ in dicts and sets.
class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k


double = Multiplier(2)
print(double(21), list(map(double, [1, 2, 3])), callable(double), callable(5))


class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __eq__(self, other):
        return (self.a, self.b) == (other.a, other.b)

    def __hash__(self):
        return hash((self.a, self.b))

    def __repr__(self):
        return f"Key({self.a}, {self.b})"


d = {Key(1, 2): "x"}
d[Key(1, 2)] = "y"
print(d, Key(1, 2) in d, Key(2, 1) in d, len({Key(1, 1), Key(1, 1), Key(2, 2)}))


class Range:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __contains__(self, x):
        return self.lo <= x < self.hi

    def __bool__(self):
        return self.hi > self.lo

    def __len__(self):
        return max(0, self.hi - self.lo)


r = Range(3, 8)
print(5 in r, 8 in r, bool(r), bool(Range(5, 5)), len(r), "yes" if Range(1, 2) else "no")


class Celsius:
    def __init__(self, deg):
        self.deg = deg

    def __lt__(self, other):
        return self.deg < other.deg

    def __repr__(self):
        return f"{self.deg}C"


temps = [Celsius(30), Celsius(-5), Celsius(12)]
print(sorted(temps), max(temps), min(temps))


class Str:
    def __str__(self):
        return "as str"

    def __repr__(self):
        return "as repr"


print(Str(), [Str()], f"{Str()} {Str()!r}", str(Str()), repr(Str()), "%s %r" % (Str(), Str()))
