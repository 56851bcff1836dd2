# match statements: class patterns on builtin types: int(x)/str(s)/list() self-matching, bool vs int, float vs int.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str(""):
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case bytearray(b):
            return f"bytearray {b!r}"
        case list([]):
            return "empty list"
        case list([x, *_]):
            return f"list starting {x}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case tuple(t):
            return f"tuple len {len(t)}"
        case dict({"k": k}):
            return f"dict with k={k}"
        case dict(d):
            return f"dict size {len(d)}"
        case frozenset(fs):
            return f"frozenset size {len(fs)}"
        case set(s):
            return f"set size {len(s)}"
        case type(None):
            return "NoneType instance"
        case _:
            return "something else"

values = [True, False, 0, 5, -3, 2.0, 0.0, "", "hi", b"", b"ab", bytearray(b"z"), [], [9, 8],
          (1, 2), (1, 2, 3), (), {"k": 1}, {"j": 2, "i": 3}, frozenset({1}), {1, 2, 3}, None, range(2)]
for v in values:
    print(repr(v), "->", kind(v))

# int() without args is a pure isinstance test; bool is an int
for v in [True, 1, 1.0]:
    match v:
        case int():
            print(repr(v), "is int")
        case _:
            print(repr(v), "is not int")

# float(x) does not match ints
match 3:
    case float():
        print("3 is float?")
    case _:
        print("3 is not a float")

# str(x) captures the subject itself; subsequent keyword attrs are allowed
match "Hello":
    case str(s) if s.istitle():
        print("title-case string", s)

# keyword sub-pattern on a builtin
match 5:
    case int(real=r, imag=i):
        print("int attrs:", r, i)
match 2.5:
    case float(real=r):
        print("float real:", r)

# the self-matching builtins: bool bytearray bytes dict float frozenset int list set str tuple
for t, v in [(bool, False), (bytearray, bytearray(b"q")), (dict, {}), (frozenset, frozenset()),
             (set, set()), (tuple, ()), (list, [1])]:
    match v:
        case t(x) if x is v:
            print(t.__name__, "self-match gives the subject", repr(x))
        case _:
            print(t.__name__, "no self-match")
