# A Polynomial class with integer coefficients: arithmetic operators, evaluation via __call__, long division, derivative, str.
class Polynomial:
    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.c = coeffs or [0]

    @classmethod
    def x(cls):
        return cls([0, 1])

    @property
    def degree(self):
        return -1 if self.c == [0] else len(self.c) - 1

    def __call__(self, x):
        result = 0
        for a in reversed(self.c):
            result = result * x + a
        return result

    @staticmethod
    def _lift(other):
        return other if isinstance(other, Polynomial) else Polynomial([other]) if isinstance(other, int) else None

    def __add__(self, other):
        o = self._lift(other)
        if o is None:
            return NotImplemented
        n = max(len(self.c), len(o.c))
        return Polynomial([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])

    __radd__ = __add__

    def __neg__(self):
        return Polynomial([-a for a in self.c])

    def __sub__(self, other):
        o = self._lift(other)
        return NotImplemented if o is None else self + (-o)

    def __rsub__(self, other):
        return (-self) + other

    def __mul__(self, other):
        o = self._lift(other)
        if o is None:
            return NotImplemented
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Polynomial(out)

    __rmul__ = __mul__

    def __pow__(self, n):
        if not isinstance(n, int) or n < 0:
            raise ValueError("exponent must be a non-negative int")
        result = Polynomial([1])
        for _ in range(n):
            result = result * self
        return result

    def __divmod__(self, other):
        if other.degree < 0:
            raise ZeroDivisionError("polynomial division by zero")
        if other.c[-1] not in (1, -1):
            raise ValueError("divisor must be monic (leading coefficient +-1)")
        rem = list(self.c)
        quot = [0] * max(1, len(rem) - len(other.c) + 1)
        for i in range(len(rem) - len(other.c), -1, -1):
            factor = rem[i + len(other.c) - 1] * other.c[-1]
            quot[i] = factor
            for j, b in enumerate(other.c):
                rem[i + j] -= factor * b
        return Polynomial(quot), Polynomial(rem)

    def __floordiv__(self, other):
        return divmod(self, other)[0]

    def __mod__(self, other):
        return divmod(self, other)[1]

    def derivative(self):
        return Polynomial([i * a for i, a in enumerate(self.c)][1:])

    def __eq__(self, other):
        o = self._lift(other)
        return o is not None and self.c == o.c

    def __hash__(self):
        return hash(tuple(self.c))

    def __repr__(self):
        return f"Polynomial({self.c})"

    def __str__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and self.degree >= 0:
                continue
            mag = abs(a)
            coef = "" if mag == 1 and i else str(mag)
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            sign = "-" if a < 0 else "+"
            terms.append((sign, coef + var))
        first_sign, first = terms[0]
        return ("-" if first_sign == "-" else "") + first + "".join(f" {s} {t}" for s, t in terms[1:])


x = Polynomial.x()
p = x ** 3 - 6 * x ** 2 + 11 * x - 6
q = 2 * x + 1
print(p, "|", q, "|", p.degree, q.degree, Polynomial([0]).degree)
print(p + q, "|", p - p, "|", q * q, "|", 1 - x, "|", -q)
print([p(i) for i in range(5)], q(10 ** 20))
quot, rem = divmod(p, x - 1)
print(quot, "|", rem, "|", p // (x - 2), "|", p % (x - 5), p(5))
print(p.derivative(), "|", p.derivative().derivative(), "|", Polynomial([7]).derivative())
print((x + 1) ** 5, "|", ((x + 1) ** 5)(1))
print(p == (x - 1) * (x - 2) * (x - 3), x + 0 == x, Polynomial([3]) == 3, p == "p", len({x, Polynomial([0, 1]), q}))
for label, f in [("div zero", lambda: divmod(p, Polynomial([0]))), ("non-monic", lambda: p // q),
                 ("neg pow", lambda: x ** -1), ("add str", lambda: p + "1"), ("mul float", lambda: p * 1.5)]:
    try:
        print(label, f())
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(label, type(e).__name__ + ":", e)
