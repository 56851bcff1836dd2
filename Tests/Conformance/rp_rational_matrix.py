# A hand-written Rational number class and exact matrix determinant, inverse and linear solve.
from math import gcd


class Rational:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError(f"Rational({num}, 0)")
        if isinstance(num, Rational):
            num, den = num.num, num.den * den
        g = gcd(num, den) * (-1 if den < 0 else 1)
        self.num, self.den = num // g, den // g

    @staticmethod
    def of(x):
        return x if isinstance(x, Rational) else Rational(x)

    def __add__(self, o):
        o = Rational.of(o)
        return Rational(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __neg__(self):
        return Rational(-self.num, self.den)

    def __sub__(self, o):
        return self + -Rational.of(o)

    def __rsub__(self, o):
        return Rational.of(o) - self

    def __mul__(self, o):
        o = Rational.of(o)
        return Rational(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Rational.of(o)
        return Rational(self.num * o.den, self.den * o.num)

    def __eq__(self, o):
        o = Rational.of(o) if isinstance(o, (int, Rational)) else None
        return o is not None and (self.num, self.den) == (o.num, o.den)

    def __hash__(self):
        return hash((self.num, self.den))

    def __bool__(self):
        return self.num != 0

    def __abs__(self):
        return Rational(abs(self.num), self.den)

    def __lt__(self, o):
        o = Rational.of(o)
        return self.num * o.den < o.num * self.den

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    def __repr__(self):
        return f"Rational({self.num}, {self.den})"

    def __format__(self, spec):
        return format(str(self), spec)


def det(m):
    m = [[Rational.of(x) for x in row] for row in m]
    n, sign, result = len(m), 1, Rational(1)
    for col in range(n):
        pivot = next((r for r in range(col, n) if m[r][col]), None)
        if pivot is None:
            return Rational(0)
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            sign = -sign
        result = result * m[col][col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            m[r] = [a - f * b for a, b in zip(m[r], m[col])]
    return result * sign


def inverse(m):
    n = len(m)
    if any(len(row) != n for row in m):
        raise ValueError("matrix must be square")
    aug = [[Rational.of(x) for x in row] + [Rational(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
        if not aug[pivot][col]:
            raise ZeroDivisionError("matrix is singular")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        p = aug[col][col]
        aug[col] = [x / p for x in aug[col]]
        for r in range(n):
            if r != col and aug[r][col]:
                f = aug[r][col]
                aug[r] = [a - f * b for a, b in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]


def matmul(a, b):
    return [[sum((x * y for x, y in zip(row, col)), Rational(0)) for col in zip(*b)] for row in a]


def show(m, title):
    width = max(len(str(x)) for row in m for x in row)
    print(title)
    for row in m:
        print("  [" + "  ".join(f"{x:>{width}}" for x in row) + "]")


A = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
B = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
H = [[Rational(1, i + j + 1) for j in range(3)] for i in range(3)]
for name, m in [("A", A), ("B", B), ("Hilbert", H)]:
    print(f"det({name}) = {det(m)}")
    inv = inverse(m)
    show(inv, f"inverse({name}):")
    ident = matmul([[Rational.of(x) for x in row] for row in m], inv)
    print("  identity check:", all(ident[i][j] == int(i == j) for i in range(3) for j in range(3)))
rhs = [[1], [0], [1]]
print("solve A x = b:", [str(r[0]) for r in matmul(inverse(A), rhs)])
print(repr(Rational(6, -4)), Rational(1, 3) + Rational(1, 6), 1 - Rational(1, 3), Rational(3, 4) * 2 / Rational(9))
print(sorted([Rational(1, 2), Rational(-3, 4), Rational(2, 3), Rational(1)]))
print(Rational(2, 4) == Rational(1, 2), Rational(4, 2) == 2, Rational(1, 2) == 0.5, len({Rational(1, 2), Rational(2, 4)}))
for bad in ([[1, 2], [2, 4]], [[1, 2, 3], [4, 5, 6]]):
    try:
        inverse(bad)
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e, "| det:", det(bad) if len(bad) == len(bad[0]) else "n/a")
try:
    Rational(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
