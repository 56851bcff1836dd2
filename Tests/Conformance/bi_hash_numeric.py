# hash() of ints, floats, bools, tuples, frozensets and None-free user objects: equality implies equal hash.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**64, -(2**61), 10**20, 123456789]:
    print(v, hash(v))
print(hash(True), hash(False), hash(1.0), hash(-1.0), hash(0.5), hash(1.5), hash(-0.0), hash(2.0**70))
print(hash(float("inf")), hash(float("-inf")), hash(1e300), hash(0.1))
print(hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)), hash(()), hash((None,)) == hash((None,)))
print(hash((1, (2, 3))), hash(((),)), hash((True, 0.0)) == hash((1, 0)))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(frozenset()) == hash(frozenset([])))
print(hash(3) == hash(3.0) == hash(True + 2))
print(len({1, 1.0, True}), len({0, 0.0, False, -0.0}), {2**61 - 1: "a"}.get(2**61 - 1), {(1, 2): 1}[(1.0, 2)])

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
print(hash(Point(1, 2)) == hash(Point(1, 2)), len({Point(1, 2), Point(1, 2), Point(2, 1)}), {Point(0, 0): "o"}[Point(0, 0)])

class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__ is None)
show(lambda: hash(EqOnly()))
show(lambda: {EqOnly()})
show(lambda: hash([1]))
show(lambda: hash({}))
show(lambda: hash(set()))
show(lambda: hash((1, [2])))
show(lambda: hash(frozenset([1])) == hash(frozenset([1])))
show(lambda: hash(float("nan")) == hash(float("nan")) or "nan hashes differ")

class BigHash:
    def __hash__(self):
        return 2**100
class NegOne:
    def __hash__(self):
        return -1
class StrHash:
    def __hash__(self):
        return "x"
show(lambda: hash(BigHash()))
show(lambda: hash(NegOne()))
show(lambda: hash(StrHash()))
show(lambda: hash(-1))
