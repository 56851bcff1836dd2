# str.format_map with plain dicts, dict subclasses defining __missing__, and
# mapping-like objects; compared with str.format(**d).


class SafeDict(dict):
    def __missing__(self, key):
        return "<" + key + "?>"


class Counting(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.misses = []

    def __missing__(self, key):
        self.misses.append(key)
        return key.upper()


print("{a} and {b}".format_map({"a": 1, "b": 2}))
print("{a} and {b}".format_map(SafeDict(a=1)))
c = Counting(x="ex")
print("{x} {y} {z}".format_map(c), c.misses)
print("{who:>8}|{n:04d}|{f:.2f}".format_map(SafeDict(who="me", n=7, f=2.5)))
print("{obj.real} {seq[1]}".format_map({"obj": 5, "seq": [10, 20]}))
print("{{literal}} {v}".format_map({"v": "value"}))
try:
    "{missing}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{a}".format_map(["not", "mapping"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "{a}".format_map()
except TypeError as e:
    print(type(e).__name__)


class Lookup:
    def __getitem__(self, key):
        if key.startswith("x"):
            return len(key)
        raise KeyError(key)


print("{xx} {xyz}".format_map(Lookup()))
try:
    "{y}".format_map(Lookup())
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{a}".format(**SafeDict())
except KeyError as e:
    print("format(**d) ignores __missing__:", type(e).__name__, e)

template = "Dear {title} {name}, your order {order} ships {when}."
for info in [dict(title="Dr", name="Who", order=1, when="today"), dict(name="Ann", order=2)]:
    print(template.format_map(SafeDict(info)))
print("{a!r} {a!s}".format_map(SafeDict(a="q")))
print("{a:{w}}|".format_map(SafeDict(a="x", w=4)))
