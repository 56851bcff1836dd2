# Python subclasses of int, float, str, tuple and bytes: construction,
# attributes, inherited methods, operators, conversions and __index__.
class Meters(int):
    unit = "m"
    def describe(self):
        return f"{int(self)}{self.unit}"

m = Meters(5)
print(m, repr(m), type(m).__name__, isinstance(m, int), m.describe())
print(m + 1, type(m + 1).__name__, m * 2, -m, abs(Meters(-3)), m // 2, m % 3, m ** 2)
print(m == 5, 5 == m, m < 6, hash(m) == hash(5), m.bit_length(), bool(Meters(0)))
print([10, 20, 30, 40, 50, 60][m], "ab" * Meters(2), list(range(Meters(3))))
print(f"{m:>4}|{m:x}", str(m), format(m, "03d"), hex(m), round(m))
m.note = "tagged"
print(m.note, m.__dict__)
print(Meters("12"), Meters("ff", 16), Meters(7.9))

class Strict(int):
    def __add__(self, other):
        return Strict(int(self) + int(other) + 100)
print(Strict(1) + 2, 2 + Strict(1), type(Strict(1) + 2).__name__)

class Temperature(float):
    def __repr__(self):
        return f"Temperature({float(self)})"
t = Temperature(21.5)
print(t, repr(t), t + 0.5, type(t + 0.5).__name__, t > 20, t.is_integer(), int(t), str(t))
print(Temperature("3.25"), float(Temperature(2)), round(Temperature(2.567), 1))

class Tag(str):
    def shout(self):
        return self.upper() + "!"
s = Tag("hello")
print(s, repr(s), s.shout(), type(s.upper()).__name__, len(s), s[1:3], s + " world")
print(s == "hello", "hello" == s, {s: 1}["hello"], s in {"hello"}, s.startswith("he"))
print(type(str(s)).__name__, type(s.strip()).__name__, f"{s}!", "%s" % s, s.split("l"))
s.lang = "en"
print(s.lang, sorted([Tag("b"), Tag("a")]), "-".join([Tag("x"), Tag("y")]))

class Pair(tuple):
    def first(self):
        return self[0]
p = Pair((1, 2))
print(p, p.first(), len(p), p + (3,), type(p + (3,)).__name__, p == (1, 2), tuple(p), type(tuple(p)).__name__)
a, b = p
print(a, b, list(p), p.count(1), p.index(2), hash(p) == hash((1, 2)))

class Blob(bytes):
    def size(self):
        return len(self)
bl = Blob(b"abc")
print(bl, bl.size(), bl.upper(), type(bl.upper()).__name__, bl[0], bl == b"abc", bytes(bl))

class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
print([1, 2, 3, 4][Idx(2)], [1, 2, 3, 4][Idx(1):Idx(3)], "xy" * Idx(3), hex(Idx(255)), bin(Idx(5)))
print(list(range(Idx(4))), bytes([Idx(65)]), operator_free := len("z" * Idx(2)))
try:
    int.__new__(str, 5)
except TypeError as e:
    print(e)
try:
    [1][Idx("no")]
except TypeError as e:
    print(e)
