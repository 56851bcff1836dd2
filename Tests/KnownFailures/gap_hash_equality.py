# Hashing and equality across numeric types, tuples and frozensets; user __eq__/__hash__ in dicts and sets.
print(hash(0), hash(1), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(10**30))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0) == hash(0), hash(float("inf")), hash(float("-inf")), hash(True), hash(1e100) == hash(10**100))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(None) == hash(None))
print(hash((1, 2.0)) == hash((1.0, 2)), 2**64 == 2.0**64, hash(2**64) == hash(2.0**64), 0.1 + 0.2 == 0.3)
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, {0.0: "z", 0: "i", -0.0: "n"}, {(1, 2): "t", (1.0, 2.0): "u"})
print(1 == 1.0 == True, 10**20 == 1e20, 10**16 + 1 == 1e16 + 1, 2**53 + 1 == float(2**53 + 1), 2**1000 == 2.0**1000)
print(float("nan") in [float("nan")], (nan := float("nan")) in [nan], {nan: 1}[nan], len({float("nan"), float("nan")}))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x},{self.y})"


pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(pts), Point(1, 2) in pts, {Point(0, 0): "origin"}[Point(0, 0)], Point(1, 2) == (1, 2), Point(1, 2) != Point(1, 3))


class Collide:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 42

    def __eq__(self, other):
        return isinstance(other, Collide) and self.v == other.v


s = {Collide(i) for i in range(5)}
print(len(s), Collide(3) in s, Collide(9) in s, hash(Collide(1)))


class BigHash:
    def __hash__(self):
        return 2**70


class NegHash:
    def __hash__(self):
        return -1


print(hash(BigHash()), hash(NegHash()))


class BadHash:
    def __hash__(self):
        return "no"


for thunk in [lambda: hash(BadHash()), lambda: hash([]), lambda: hash({}), lambda: hash((1, [2])), lambda: {Point(1, 2), []}]:
    try:
        print(thunk())
    except TypeError as e:
        print("TypeError", e)
