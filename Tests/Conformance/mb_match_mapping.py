# match statements: mapping patterns (extra keys allowed, **rest, literal and value keys, non-dict mappings).
from collections import OrderedDict, defaultdict, Counter

def event(e):
    match e:
        case {"type": "click", "x": x, "y": y}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k)}:
            return f"key {k}"
        case {"type": "scroll", **rest} if rest:
            return f"scroll with {sorted(rest.items())}"
        case {"type": t}:
            return f"other event {t}"
        case {}:
            return "mapping without type"
        case _:
            return "not a mapping"

events = [
    {"type": "click", "x": 1, "y": 2},
    {"type": "click", "x": 1, "y": 2, "button": "left"},
    {"type": "click", "x": 1},
    {"type": "key", "key": "q"},
    {"type": "key", "key": 5},
    {"type": "scroll", "dy": -3, "dx": 0},
    {"type": "scroll"},
    {"other": 1},
    {},
    [("type", "click")],
    "type",
]
for e in events:
    print(e, "->", event(e))

# **rest collects the remaining keys into a new dict, in insertion order
match {"a": 1, "b": 2, "c": 3, "d": 4}:
    case {"b": b, "d": d, **rest}:
        print("b d rest:", b, d, rest, type(rest).__name__)

# **rest on an empty remainder
match {"only": 1}:
    case {"only": v, **rest}:
        print("rest empty:", v, rest)

# non-string keys: ints, None, tuples, value patterns
class K:
    NAME = "name"
match {1: "one", None: "nothing", (1, 2): "pair", "name": "n"}:
    case {1: one, None: nothing, K.NAME: nm}:
        print("keys:", one, nothing, nm)

# mapping subclasses and dict-like types match
for m in [OrderedDict(a=1), defaultdict(int, a=1), Counter("aab")]:
    match m:
        case {"a": n}:
            print(type(m).__name__, "a =", n)

# defaultdict: matching a missing key does not call the factory
dd = defaultdict(list)
match dd:
    case {"missing": _}:
        print("matched missing?")
    case _:
        print("missing key not created:", dict(dd))

# mapping pattern values can be nested patterns
cfg = {"server": {"host": "localhost", "ports": [80, 443]}, "debug": True}
match cfg:
    case {"server": {"host": h, "ports": [first, *others]}, "debug": True}:
        print("server:", h, first, others)

# value in mapping must match the sub-pattern
match {"n": 3}:
    case {"n": 4}:
        print("4?")
    case {"n": 3 | 5}:
        print("n is 3 or 5")
