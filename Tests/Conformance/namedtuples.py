# collections.namedtuple: tuple subclasses with named fields.
from collections import namedtuple
Point = namedtuple("Point", "x y")
p = Point(3, 4)
print(p, p.x, p.y, p[0], p == (3, 4), isinstance(p, tuple), len(p), list(p), hash(p) == hash((3, 4)))
x, y = p
print(x + y, Point(y=1, x=2), p._asdict(), p._replace(y=10), Point._fields, type(p).__name__)
Card = namedtuple("Card", ["rank", "suit"], defaults=["spades"])
print(Card("A"), Card("K", "hearts"), sorted([Card(3, "c"), Card(1, "d")]))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
