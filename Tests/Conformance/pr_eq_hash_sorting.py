# __eq__, __hash__ and __lt__: sets/dicts of custom objects, sorting with keys, unhashable classes.
class Card:
    order = "23456789TJQKA"

    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return (self.rank, self.suit) == (other.rank, other.suit)

    def __hash__(self):
        return hash((Card.order.index(self.rank), "shdc".index(self.suit)))

    def __lt__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return (Card.order.index(self.rank), self.suit) < (Card.order.index(other.rank), other.suit)

    def __repr__(self):
        return self.rank + self.suit


hand = [Card("K", "h"), Card("2", "s"), Card("A", "d"), Card("T", "c"), Card("2", "h"), Card("K", "h")]
print(sorted(hand))
print(sorted(hand, reverse=True))
print(max(hand), min(hand))
print(Card("K", "h") == Card("K", "h"), Card("K", "h") != Card("K", "s"), Card("K", "h") == "Kh")
print(len(set(hand)), Card("A", "d") in set(hand), Card("A", "s") in set(hand))
counts = {}
for c in hand:
    counts[c] = counts.get(c, 0) + 1
print(sorted(counts.values()), [counts[Card(r, s)] for r, s in ["Kh", "2s", "Ad"]])
print(Card("3", "h") > Card("2", "s"), Card("3", "h") <= Card("3", "h") if hasattr(Card, "__le__") and Card.__le__ is not object.__le__ else "no le")
try:
    Card("3", "h") <= Card("2", "s")
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([Card("3", "h"), 5])
except TypeError as e:
    print("TypeError:", e)
print(hand.index(Card("A", "d")), hand.count(Card("K", "h")))
hand.remove(Card("K", "h"))
print(hand)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"P({self.x},{self.y})"


print(Point.__hash__ is None)
try:
    {Point(1, 2)}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(Point(0, 0))
except TypeError as e:
    print("TypeError:", e)
print(Point(1, 2) == Point(1, 2), Point(1, 2) in [Point(0, 0), Point(1, 2)])

pts = [Point(3, 1), Point(1, 2), Point(2, 2), Point(1, 1)]
print(sorted(pts, key=lambda p: (p.y, -p.x)))
print(sorted(pts, key=lambda p: p.x * p.x + p.y * p.y))
pts.sort(key=lambda p: p.x)
print(pts)


class Plain:
    pass


p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2, hash(p1) == hash(p1), len({p1, p2, p1}))


class Version:
    def __init__(self, s):
        self.parts = tuple(int(x) for x in s.split("."))

    def __lt__(self, other):
        return self.parts < other.parts

    def __eq__(self, other):
        return self.parts == other.parts

    __hash__ = None

    def __repr__(self):
        return ".".join(map(str, self.parts))


vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs))
print(Version("2.0") > Version("1.9"))
