# Operator overloading on a Vector class: reflected ops, NotImplemented fallbacks, in-place ops, unary and conversions.
import math


class Vector:
    def __init__(self, *xs):
        self.xs = tuple(xs)

    def __repr__(self):
        return "Vector" + repr(self.xs)

    def _coerce(self, other):
        if isinstance(other, Vector):
            if len(other.xs) != len(self.xs):
                raise ValueError(f"dimension mismatch: {len(self.xs)} vs {len(other.xs)}")
            return other.xs
        if isinstance(other, (int, float)):
            return (other,) * len(self.xs)
        return None

    def __add__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self.xs, o)))

    __radd__ = __add__

    def __sub__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else Vector(*(a - b for a, b in zip(self.xs, o)))

    def __rsub__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else Vector(*(b - a for a, b in zip(self.xs, o)))

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self.xs, self._coerce(k)))
        if isinstance(k, (int, float)):
            return Vector(*(a * k for a in self.xs))
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vector(*(a / k for a in self.xs))

    def __floordiv__(self, k):
        return Vector(*(a // k for a in self.xs))

    def __matmul__(self, other):
        return self * other

    def __neg__(self):
        return Vector(*(-a for a in self.xs))

    def __pos__(self):
        return self

    def __abs__(self):
        return math.sqrt(sum(a * a for a in self.xs))

    def __bool__(self):
        return any(self.xs)

    def __len__(self):
        return len(self.xs)

    def __eq__(self, other):
        return isinstance(other, Vector) and self.xs == other.xs

    def __hash__(self):
        return hash(self.xs)

    def __round__(self, n=0):
        return Vector(*(round(a, n) for a in self.xs))


v, w = Vector(1, 2, 3), Vector(4, 5, 6)
print(v + w, v - w, w - 1, 10 - v, v + 0.5, 1 + v)
print(v * 2, 3 * v, v * w, v @ w, v / 2, w // 4, -v, +v is v)
print(abs(Vector(3, 4)), bool(Vector(0, 0)), bool(v), len(v), round(Vector(1.26, 2.5), 1))
print(sum([v, w, Vector(1, 1, 1)]), sum([v, w], Vector(0, 0, 0)))
print(v == Vector(1, 2, 3), v != w, v == (1, 2, 3), len({v, Vector(1, 2, 3), w}))
acc = Vector(0, 0, 0)
alias = acc
acc += v
acc *= 2
print(acc, alias, acc is alias)
for label, f in [("v + 'x'", lambda: v + "x"), ("'x' - v", lambda: "x" - v), ("v * None", lambda: v * None),
                 ("v + Vector(1)", lambda: v + Vector(1)), ("v / 0", lambda: v / 0), ("v < w", lambda: v < w),
                 ("v ** 2", lambda: v ** 2), ("~v", lambda: ~v), ("v % 2", lambda: v % 2)]:
    try:
        print(label, "->", f())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(label, "->", type(e).__name__ + ":", e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __iadd__(self, other):
        print("  __iadd__ called")
        self.cents += other.cents
        return self

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return f"${self.cents / 100:.2f}"


wallet = [Money(150), Money(275), Money(5)]
total = sum(wallet)
print(total, max(wallet), min(wallet), sorted(wallet))
m = Money(100)
same = m
m += Money(50)
print(m, same, m is same)
try:
    Money(1) + 5
except TypeError as e:
    print("TypeError:", e)
try:
    5 + Money(1)
except TypeError as e:
    print("TypeError:", e)
