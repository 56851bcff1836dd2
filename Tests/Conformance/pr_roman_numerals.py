# Roman numeral conversion both ways with strict validation, round trips and arithmetic on a Roman class.
PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range (1..3999)")
    out = []
    for value, sym in PAIRS:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    if not s:
        raise ValueError("empty numeral")
    s = s.upper()
    total = 0
    for i, ch in enumerate(s):
        if ch not in VALUES:
            raise ValueError(f"invalid character {ch!r} at position {i}")
        v = VALUES[ch]
        if i + 1 < len(s) and VALUES.get(s[i + 1], 0) > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r} (did you mean {to_roman(total)!r}?)")
    return total


class Roman:
    def __init__(self, value):
        self.value = from_roman(value) if isinstance(value, str) else value
        to_roman(self.value)

    def __add__(self, other):
        return Roman(self.value + Roman(other).value if not isinstance(other, Roman) else self.value + other.value)

    def __sub__(self, other):
        return Roman(self.value - other.value)

    def __mul__(self, other):
        return Roman(self.value * (other.value if isinstance(other, Roman) else other))

    def __lt__(self, other):
        return self.value < other.value

    def __int__(self):
        return self.value

    def __str__(self):
        return to_roman(self.value)

    def __repr__(self):
        return f"Roman({str(self)!r})"


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3888, 3999]:
    print(n, to_roman(n), from_roman(to_roman(n)))
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000, 37)))
print(sum(len(to_roman(n)) for n in range(1, 4000, 37)), max(range(1, 4000, 37), key=lambda n: len(to_roman(n))))
for bad in ["", "IIII", "VX", "IC", "MMMM", "XIIV", "ABC", "mcmxciv", "IL", "DD"]:
    try:
        print(repr(bad), "->", from_roman(bad))
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
for bad in [0, 4000, -5, 2.5, "12", True]:
    try:
        to_roman(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
a, b = Roman("XIV"), Roman(28)
print(a + b, a + "VI", b - a, a * 3, a * Roman("II"), int(a * b), sorted([b, a, Roman("C")]))
print(repr(Roman("mmxxiv")), str(Roman(999)), f"{Roman(49)}")
try:
    a - b
except ValueError as e:
    print("ValueError:", e)
try:
    Roman(2000) * 2
except ValueError as e:
    print("ValueError:", e)
