# functools.total_ordering: derived comparisons from __eq__ plus one ordering method,
# NotImplemented handling, sorting, min/max, and the missing-root error.
from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))


a, b, c = Version("1.2"), Version("1.10"), Version("1.2")
print(a < b, a <= b, a > b, a >= b, a == c, a != c, a <= c, a >= c)
print(b > a, b >= a, b <= a)
vs = [Version(s) for s in ["2.0", "1.10", "1.2", "1.9.1", "0.1"]]
print(sorted(vs), max(vs), min(vs))
print(sorted(vs, reverse=True)[:2])
try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a >= "x"
except TypeError as e:
    print(type(e).__name__, e)
print(a == 5, a != "x")


@total_ordering
class Rank:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __gt__(self, other):
        return self.n > other.n

    def __repr__(self):
        return f"Rank({self.n})"


r1, r2 = Rank(1), Rank(2)
print(r1 < r2, r1 <= r2, r1 >= r2, r2 >= r2, r2 <= r1)
print(sorted([Rank(3), Rank(1), Rank(2)]))


@total_ordering
class Score:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __ge__(self, other):
        return self.v >= other.v

    def __repr__(self):
        return f"Score({self.v})"


s1, s2 = Score(5), Score(7)
print(s1 < s2, s1 > s2, s1 <= s2, s1 >= s2)
print("__lt__" in Score.__dict__, "__le__" in Score.__dict__, "__gt__" in Score.__dict__)

try:
    @total_ordering
    class NoRoot:
        def __eq__(self, other):
            return True
except ValueError as e:
    print(type(e).__name__, e)


@total_ordering
class Child(Version):
    pass


print(Child("3.1") > Child("3.0"), Child("3.1") <= Version("3.1"))
