# Sorting edge cases: mixed int/float/bool, NaN, -0.0, inf, tuples with ties, key returning tuples, __lt__ only, stability.
import math
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(sorted([3, 1.5, True, -2, 0.0, False, 10**20, -float("inf"), float("inf")]))
print(sorted([0.0, -0.0, 0, -0.0]), sorted([-0.0, 0.0]), [repr(v) for v in sorted([0.0, -0.0])])
nan = float("nan")
print(sorted([3, nan, 1]) [1:] == [1, 3] or "nan order varies", len(sorted([nan, nan])), math.isnan(max([nan, 1])))
print(sorted(["b", "B", "a", "A", "_", "1", " ", "é", "ß"]), sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), ()]), sorted([[3], [1, 2], [1], []]))
records = [("x", 2, 0.5), ("y", 1, 0.5), ("z", 2, 0.1), ("w", 1, 0.9)]
print(sorted(records, key=lambda r: (r[1], -r[2])), sorted(records, key=lambda r: (-r[1], r[0])))

class Card:
    order = {"J": 11, "Q": 12, "K": 13, "A": 14}
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def value(self):
        return self.order.get(self.rank) or int(self.rank)
    def __lt__(self, other):
        return self.value() < other.value()
    def __repr__(self):
        return self.rank + self.suit
hand = [Card("K", "h"), Card("2", "s"), Card("A", "d"), Card("10", "c"), Card("2", "h"), Card("K", "s")]
print(sorted(hand), sorted(hand, reverse=True), max(hand), min(hand))
print(sorted(hand, key=lambda c: (c.suit, c.value())))

class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"G{self.v}"
print(sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)]))
data = [5, 3, 5, 1, 3, 5]
print(sorted(range(len(data)), key=data.__getitem__) if hasattr(data, "__getitem__") else sorted(range(len(data)), key=lambda i: data[i]))
print(sorted(set([3, 1, 2])), sorted({3: "a", 1: "b"}.items()), sorted("hello", reverse=True), sorted([[1, [2]], [1, [1]]]))
big = list(range(1000, 0, -1))
big.sort()
print(big[:3], big[-3:], big == sorted(big), sorted(big, key=lambda v: v % 10)[:12])
show(lambda: sorted([1, None]))
show(lambda: sorted([(1, 2), (1, "a")]))
show(lambda: sorted([object(), object()]) and "sorted")
show(lambda: sorted([[1], (1,)]))
show(lambda: sorted([1, 2], key=lambda v: [v, None] if v == 1 else [v, "x"]) )
show(lambda: sorted([1, 2, 3], key=lambda v: 1 / (v - 2)))
