# match statements: literal, capture, sequence, mapping, class, or and guard patterns, and their errors.
from collections import deque, namedtuple
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y
    def __repr__(self): return f"Point({self.x}, {self.y})"
P2 = namedtuple("P2", "a b")
def describe(v):
    match v:
        case None: return "none"
        case True: return "true"
        case 0 | 1 as small: return f"small {small}"
        case int(n) if n > 100: return f"big int {n}"
        case int(): return "int"
        case str(s): return f"str {s!r}"
        case []: return "empty seq"
        case [x]: return f"one {x}"
        case [x, y]: return f"pair {x} {y}"
        case [first, *rest]: return f"first {first} rest {rest}"
        case {"kind": "circle", "r": r}: return f"circle {r}"
        case {"kind": k, **others}: return f"kind {k} others {others}"
        case {}: return "mapping"
        case Point(x=0, y=0): return "origin"
        case Point(0, y): return f"on y axis {y}"
        case Point(x, y) if x == y: return f"diagonal {x}"
        case Point(): return f"point {v}"
        case _: return f"other {type(v).__name__}"
for v in [None, True, 0, 1, 500, 7, "hi", [], (5,), [1, 2], (1, 2, 3, 4), range(3), deque([9, 8]),
          {"kind": "circle", "r": 2}, {"kind": "sq", "w": 1, "h": 2}, {"x": 1}, Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2),
          P2(1, 2), 2.5, {1, 2}, "abc"[0:0], 3.0]:
    print(repr(v), "->", describe(v))
x = 10
match [1, 2]:
    case [x, 3]: print("no")
    case _: print("x still", x)
match (1, [2, 3]):
    case (a, [b, *c]) if a < b: print(a, b, c)
def f(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as d]: return "going " + d
        case ["take", *items] if items: return "taking " + ",".join(items)
        case ["quit"]: return "bye"
        case other: return "unknown " + repr(other)
for c in ["go north", "go west", "take a b", "take", "quit"]:
    print(f(c))
class NoArgs: pass
try:
    match NoArgs():
        case NoArgs(1): pass
except TypeError as e: print(e)
try:
    match 5:
        case len(): pass
except TypeError as e: print(e)
import collections
dd = collections.defaultdict(list, a=1)
match dd:
    case {"b": _}: print("has b")
    case {"a": v}: print("a", v, dict(dd))
match 3:
    case int(x, y): pass
