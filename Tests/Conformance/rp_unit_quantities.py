# Physical quantities with dimension analysis via operator overloading, unit parsing and conversions.

class DimensionError(TypeError):
    pass


BASE = ("m", "kg", "s")


class Q:
    def __init__(self, value, dims=(0, 0, 0)):
        self.value, self.dims = value, tuple(dims)

    def _check(self, other, op):
        if not isinstance(other, Q):
            if self.dims == (0, 0, 0):
                return Q(other)
            raise DimensionError(f"cannot {op} {self.unit_str()} and plain number")
        if other.dims != self.dims:
            raise DimensionError(f"cannot {op} {self.unit_str()} and {other.unit_str()}")
        return other

    def __add__(self, other):
        other = self._check(other, "add")
        return Q(self.value + other.value, self.dims)

    __radd__ = __add__

    def __sub__(self, other):
        other = self._check(other, "subtract")
        return Q(self.value - other.value, self.dims)

    def __mul__(self, other):
        if isinstance(other, Q):
            return Q(self.value * other.value, [a + b for a, b in zip(self.dims, other.dims)])
        return Q(self.value * other, self.dims)

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, Q):
            return Q(self.value / other.value, [a - b for a, b in zip(self.dims, other.dims)])
        return Q(self.value / other, self.dims)

    def __rtruediv__(self, other):
        return Q(other / self.value, [-d for d in self.dims])

    def __pow__(self, n):
        return Q(self.value ** n, [d * n for d in self.dims])

    def __neg__(self):
        return Q(-self.value, self.dims)

    def __lt__(self, other):
        return self.value < self._check(other, "compare").value

    def __eq__(self, other):
        return isinstance(other, Q) and self.dims == other.dims and abs(self.value - other.value) < 1e-9

    def unit_str(self):
        num = [f"{b}^{d}" if d != 1 else b for b, d in zip(BASE, self.dims) if d > 0]
        den = [f"{b}^{-d}" if d != -1 else b for b, d in zip(BASE, self.dims) if d < 0]
        text = "*".join(num) or "1"
        return text + ("/" + "/".join(den) if den else "") if num or den else ""

    def to(self, unit):
        target = parse_unit(unit)
        if target.dims != self.dims:
            raise DimensionError(f"cannot convert {self.unit_str()} to {unit}")
        return self.value / target.value

    def __repr__(self):
        u = self.unit_str()
        return f"{self.value:.4g} {u}".rstrip()


UNITS = {"m": Q(1, (1, 0, 0)), "km": Q(1000, (1, 0, 0)), "cm": Q(0.01, (1, 0, 0)), "mi": Q(1609.344, (1, 0, 0)),
         "kg": Q(1, (0, 1, 0)), "g": Q(0.001, (0, 1, 0)), "lb": Q(0.45359237, (0, 1, 0)),
         "s": Q(1, (0, 0, 1)), "min": Q(60, (0, 0, 1)), "h": Q(3600, (0, 0, 1)),
         "N": Q(1, (1, 1, -2)), "J": Q(1, (2, 1, -2)), "W": Q(1, (2, 1, -3))}


def parse_unit(text):
    """'km/h', 'kg*m/s^2', 'm^3' -> Q of value 1 in that unit."""
    result = Q(1)
    for i, chunk in enumerate(text.split("/")):
        for factor in chunk.split("*"):
            name, _, power = factor.partition("^")
            if name not in UNITS:
                raise KeyError(f"unknown unit {name!r}")
            q = UNITS[name] ** int(power or 1)
            result = result * q if i == 0 else result / q
    return result


def qty(value, unit):
    return value * parse_unit(unit)


speed = qty(90, "km/h")
print(speed, "=", round(speed.to("m/s"), 3), "m/s =", round(speed.to("mi/h"), 3), "mph")
mass, accel = qty(70, "kg"), qty(9.81, "m/s^2")
force = mass * accel
print("force", force, "->", round(force.to("N"), 2), "N;", "lbf-ish", round(force.to("lb*m/s^2") / 9.81, 2))
work = force * qty(3, "m")
print("work", work, round(work.to("J"), 1), "J; power over 2 min:", round((work / qty(2, "min")).to("W"), 3), "W")
trip = qty(12, "km") + qty(800, "m") + qty(3, "mi")
print("trip", trip, round(trip.to("km"), 4), "km")
print("pace", round((qty(45, "min") / qty(10, "km")).to("s/km") / 60, 3), "min/km")
print("frequency", 1 / qty(4, "s"), "| area", qty(3, "m") ** 2, "| ratio", qty(1, "km") / qty(250, "m"))
print(sorted([qty(1, "mi"), qty(1500, "m"), qty(1, "km"), qty(200000, "cm")], key=lambda q: q.value))
print(qty(1, "km") == qty(1000, "m"), qty(1, "km") < qty(1, "mi"), qty(2, "m") / qty(1, "m") + 1)
for thunk in [lambda: qty(1, "m") + qty(1, "s"), lambda: qty(5, "kg").to("m"), lambda: qty(1, "furlong"),
              lambda: qty(1, "m") + 2, lambda: qty(1, "m") < qty(1, "kg")]:
    try:
        print(thunk())
    except DimensionError as e:
        print(f"DimensionError: {e} (TypeError? {isinstance(e, TypeError)})")
    except KeyError as e:
        print("KeyError:", e)
