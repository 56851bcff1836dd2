# Scale a recipe to a number of servings, converting units and printing mixed fractions.
from math import gcd


def frac(n, d=1):
    if d == 0:
        raise ZeroDivisionError("zero denominator")
    if d < 0:
        n, d = -n, -d
    g = gcd(n, d)
    return (n // g, d // g)


def fmul(a, b):
    return frac(a[0] * b[0], a[1] * b[1])


def fadd(a, b):
    return frac(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def parse_qty(text):
    total = (0, 1)
    for part in text.split():
        if "/" in part:
            n, d = part.split("/")
            total = fadd(total, frac(int(n), int(d)))
        else:
            total = fadd(total, frac(int(part)))
    return total


def show(q):
    n, d = q
    whole, rem = divmod(n, d)
    if rem == 0:
        return str(whole)
    return f"{whole} {rem}/{d}" if whole else f"{rem}/{d}"


# conversion to the smallest unit of each dimension
VOLUME = {"tsp": (1, 1), "tbsp": (3, 1), "cup": (48, 1)}
WEIGHT = {"g": (1, 1), "kg": (1000, 1), "oz": (28, 1)}


def normalise(qty, unit):
    """Pick the largest unit that keeps the quantity >= 1 (for volume)."""
    if unit not in VOLUME:
        return qty, unit
    tsp = fmul(qty, VOLUME[unit])
    for name in ("cup", "tbsp", "tsp"):
        factor = VOLUME[name]
        q = fmul(tsp, frac(factor[1], factor[0]))
        if q[0] >= q[1] and (name == "tsp" or q[1] in (1, 2, 3, 4, 8)):
            return q, name
    return tsp, "tsp"


RECIPE = """\
Pancakes serves 4
1 1/2 cup flour
2 tbsp sugar
1 tsp salt
3 1/2 tsp baking powder
1 1/4 cup milk
1 egg
3 tbsp butter
"""


def parse_recipe(text):
    lines = text.splitlines()
    title, _, serves = lines[0].rpartition(" serves ")
    items = []
    for line in lines[1:]:
        words = line.split()
        i = 0
        while i < len(words) and words[i][0].isdigit():
            i += 1
        qty = parse_qty(" ".join(words[:i]))
        rest = words[i:]
        unit = rest[0] if rest[0] in VOLUME or rest[0] in WEIGHT else ""
        name = " ".join(rest[1:] if unit else rest)
        items.append((qty, unit, name))
    return title, int(serves), items


title, serves, items = parse_recipe(RECIPE)
print(f"{title}: {serves} servings, {len(items)} ingredients")
for target in (4, 2, 6, 10, 1):
    factor = frac(target, serves)
    print(f"--- {title} for {target} (x{show(factor)}) ---")
    for qty, unit, name in items:
        q, u = normalise(fmul(qty, factor), unit) if unit else (fmul(qty, factor), unit)
        amount = f"{show(q)} {u}".strip()
        print(f"  {amount:>12}  {name}")

for bad in ("1/0", "x", "2 3/"):
    try:
        print(bad, "->", show(parse_qty(bad)))
    except (ValueError, ZeroDivisionError) as e:
        print(bad, "->", type(e).__name__, e)
