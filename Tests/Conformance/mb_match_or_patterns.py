# match statements: or-patterns with literals, captures bound in every alternative, nested alternatives, and ordering.
def classify(v):
    match v:
        case 0 | 1 | 2:
            return "small"
        case "y" | "yes" | "Y":
            return "affirmative"
        case None | False:
            return "falsy singleton"
        case [x] | (x, None) | {"only": x}:
            return f"single {x!r}"
        case [x, y] | {"x": x, "y": y}:
            return f"pair {x!r} {y!r}"
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case str() | bytes():
            return "text-ish"
        case _:
            return "other"

for v in [0, 2, 3, "y", "yes", "no", None, False, [5], (6, None), {"only": 7}, [1, 2],
          {"x": 3, "y": 4}, -5, -2.5, 10.0, "zzz", b"zz", (1, 2, 3)]:
    print(repr(v), "->", classify(v))

# alternatives are tried left to right; the first that matches wins
match (1, 2):
    case (a, 2) | (1, a):
        print("first alternative bound a =", a)

match (1, 3):
    case (a, 2) | (1, a):
        print("second alternative bound a =", a)

# nested or-patterns inside sequences
def dir_cmd(words):
    match words:
        case ["go" | "move" | "walk", ("north" | "south" | "east" | "west") as d]:
            return f"moving {d}"
        case ["go" | "move" | "walk", other]:
            return f"cannot go {other}"
        case ["look" | "l"]:
            return "looking"
        case _:
            return "??"
for w in [["go", "north"], ["walk", "west"], ["move", "up"], ["l"], ["look"], ["jump"]]:
    print(w, "->", dir_cmd(w))

# or-pattern with class patterns binding the same name
class A:
    __match_args__ = ("v",)
    def __init__(self, v): self.v = v
class B:
    __match_args__ = ("w",)
    def __init__(self, w): self.w = w
for obj in [A(1), B(2), A("x"), 3]:
    match obj:
        case A(val) | B(val):
            print(type(obj).__name__, "carries", val)
        case _:
            print("neither", obj)

# or-pattern with different binding order in each alternative
for v in [(1, "a"), ("b", 2)]:
    match v:
        case (int(n), str(s)) | (str(s), int(n)):
            print("n =", n, "s =", s)

# or-pattern of mappings and literals
for v in [{"op": "+"}, {"op": "-"}, {"op": "*"}]:
    match v:
        case {"op": "+" | "-" as op}:
            print("additive", op)
        case {"op": op}:
            print("other op", op)
