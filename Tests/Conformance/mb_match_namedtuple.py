# match statements: namedtuple class patterns: generated __match_args__, positional and keyword sub-patterns, sequence view.
from collections import namedtuple

Pair = namedtuple("Pair", "left right")
Triple = namedtuple("Triple", ["a", "b", "c"])
print("Pair.__match_args__:", Pair.__match_args__)

for v in [Pair(1, 2), Pair("x", Pair(3, 4)), Triple(1, 2, 3)]:
    match v:
        case Pair(l, Pair(x, y)):
            print("nested pair:", l, x, y)
        case Pair(left=l, right=r):
            print("pair:", l, r)
        case Triple(a, b, c=c):
            print("triple:", a, b, c)

# namedtuples are also sequences
match Triple(7, 8, 9):
    case [first, *rest]:
        print("namedtuple as sequence:", first, rest)


# with one field, a positional sub-pattern binds the field, not the whole tuple
Single = namedtuple("Single", "value")
match Single(5):
    case Single(v):
        print("single binds:", repr(v))
