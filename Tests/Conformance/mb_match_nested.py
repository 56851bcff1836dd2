# match statements: deeply nested patterns mixing sequences, mappings, class patterns, or/as patterns and guards.
class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Line:
    __match_args__ = ("start", "end")
    def __init__(self, start, end):
        self.start, self.end = start, end

def describe(obj):
    match obj:
        case Line(Pt(0, 0), Pt(0, 0)):
            return "degenerate line at origin"
        case Line(Pt(x1, y1), Pt(x2, y2)) if x1 == x2:
            return f"vertical line x={x1} from y={y1} to y={y2}"
        case Line(Pt(x1, y), Pt(x2, y2)) if y == y2:
            return f"horizontal line y={y}"
        case Line(start=Pt(x=0) as s, end=e):
            return f"line from y-axis point ({s.x},{s.y}) to ({e.x},{e.y})"
        case Line():
            return "diagonal line"
        case [Pt(0, 0), *others]:
            return f"polyline from origin with {len(others)} more points"
        case {"shape": "circle", "center": Pt(x, y), "r": int(r) | float(r)}:
            return f"circle at ({x},{y}) r={r}"
        case {"group": [*members]}:
            return "group: " + "; ".join(describe(m) for m in members)
        case _:
            return "unknown"

objs = [
    Line(Pt(0, 0), Pt(0, 0)),
    Line(Pt(2, 1), Pt(2, 9)),
    Line(Pt(1, 5), Pt(7, 5)),
    Line(Pt(0, 3), Pt(4, 8)),
    Line(Pt(1, 1), Pt(2, 2)),
    [Pt(0, 0), Pt(1, 1), Pt(2, 2)],
    [Pt(1, 0)],
    {"shape": "circle", "center": Pt(3, 4), "r": 2.5},
    {"shape": "circle", "center": Pt(3, 4), "r": "big"},
    {"group": [Line(Pt(0, 0), Pt(0, 0)), {"shape": "circle", "center": Pt(0, 0), "r": 1}]},
]
for o in objs:
    print(describe(o))

# deeply nested sequences
data = [1, [2, [3, [4, [5, []]]]]]
def depth(v):
    match v:
        case []:
            return 0
        case [_, rest]:
            return 1 + depth(rest)
print("linked-list depth:", depth(data))

def flatten(v):
    match v:
        case []:
            return []
        case [head, tail]:
            return [head] + flatten(tail)
print("flattened:", flatten(data))

# nested mapping inside sequence inside mapping
doc = {"users": [{"name": "ann", "roles": ["admin", "dev"]}, {"name": "bob", "roles": []}]}
match doc:
    case {"users": [{"name": n1, "roles": ["admin", *_]}, {"name": n2, "roles": []}]}:
        print("admin:", n1, "no roles:", n2)
