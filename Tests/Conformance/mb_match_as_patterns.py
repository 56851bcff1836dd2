# match statements: as-patterns binding whole subjects and sub-parts, combined with or-patterns, classes and sequences.
class Node:
    __match_args__ = ("value", "children")
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __repr__(self):
        return f"Node({self.value!r})"

match [1, [2, 3]]:
    case [first, [_, _] as inner] as whole:
        print("first:", first, "inner:", inner, "whole:", whole)

match (4, 5):
    case (int() as a, int() as b):
        print("ints:", a, b)

match {"cmd": "go", "arg": "north"}:
    case {"cmd": ("go" | "move") as verb, "arg": str() as where} as msg:
        print(verb, where, sorted(msg))

tree = Node(1, [Node(2), Node(3, [Node(4)])])
match tree:
    case Node(1, [Node() as left, Node(3, [leaf]) as right]):
        print("left:", left, "right:", right, "leaf:", leaf)

# as-pattern binding a literal alternative
for v in [1, 2, 3, 4]:
    match v:
        case (1 | 2) as small:
            print("small", small)
        case (3 | 4) as big if big > 3:
            print("big", big)
        case other:
            print("other", other)

# as-pattern on star-free sequences of different lengths
for v in [[1], [1, 2], [1, 2, 3]]:
    match v:
        case ([_] | [_, _]) as short:
            print("short list", short)
        case [*_] as longer:
            print("longer list", longer, len(longer))

# as binds the exact subject object (identity preserved)
data = [10, 20]
match data:
    case [_, _] as same:
        print("same object:", same is data)

# nested as inside as
match (1, (2, 3)):
    case (x, ((y, z) as pair)) as everything:
        print(x, y, z, pair, everything)

# as with a value pattern
class Limits:
    MAX = 100
match 100:
    case Limits.MAX as m:
        print("hit limit", m)

# as binding overwrites an earlier binding of the same name in a later case
name = "start"
match "abc":
    case "xyz" as name:
        pass
    case str() as name:
        pass
print("name:", name)
