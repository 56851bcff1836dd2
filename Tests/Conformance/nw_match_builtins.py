# match class patterns on built-in types (self-matching int/str/bytes/list/dict/tuple),
# mixed with user classes, sequence/mapping patterns, and capture/alias rules.


class Cmd:
    __match_args__ = ("verb", "args")

    def __init__(self, verb, *args):
        self.verb = verb
        self.args = list(args)


def classify(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case bytes(bs):
            return f"bytes {bs!r}"
        case [int(a), int(b)]:
            return f"int pair {a},{b}"
        case (str(k), v):
            return f"keyed {k}={v!r}"
        case [Cmd(verb="go", args=[where]), *more]:
            return f"go {where} then {len(more)} more"
        case Cmd("say", [*words]):
            return "say " + " ".join(words)
        case Cmd(verb, []):
            return f"bare {verb}"
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} extra={sorted(rest)}"
        case dict(d) if not d:
            return "empty dict"
        case list([]):
            return "empty list"
        case set() | frozenset():
            return f"set of {len(x)}"
        case None:
            return "none"
        case _:
            return "other " + type(x).__name__


samples = [True, -3, 7, 2.5, "", "hi", b"raw", [1, 2], ("k", [1]), ["k", 2],
           [Cmd("go", "north"), Cmd("look")], Cmd("say", "hello", "there"), Cmd("wait"),
           {"type": "user", "name": "ann", "age": 3}, {}, [], {1, 2}, frozenset(), None,
           range(2), (1, 2, 3)]
for s in samples:
    print(classify(s))

for value in [(1, 2), [1, 2], "12", {"a": 1}]:
    match value:
        case (a, b):
            print("sequence of two", a, b)
        case {"a": a}:
            print("mapping with a", a)
        case _:
            print("no match", repr(value))

match {"x": 1, "y": 2}:
    case {"x": 1, **others}:
        print("others", others)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, *d]]]:
        print(a, b, c, d)
try:
    match 5:
        case int(a, b):
            pass
except TypeError as e:
    print(type(e).__name__, e)
