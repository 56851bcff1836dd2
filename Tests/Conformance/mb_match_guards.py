# match statements: guards: evaluation order, side effects, walrus in guards, exceptions raised in guards.
log = []
def check(tag, result):
    log.append(tag)
    return result

def run(v):
    log.clear()
    match v:
        case int(n) if check("g1", n > 10):
            res = "big"
        case int(n) if check("g2", n % 2 == 0):
            res = "even"
        case int(n):
            res = "odd small"
        case str(s) if check("g3", s):
            res = "non-empty str"
        case _:
            res = "other"
    return res, list(log)

for v in [20, 4, 3, "x", "", None]:
    print(repr(v), run(v))

# guards are only evaluated if the pattern matches
log.clear()
match "text":
    case int() if check("never", True):
        pass
    case _:
        pass
print("guard for failing pattern not run:", log)

# walrus inside a guard binds a name visible in the body and afterwards
def halves(v):
    match v:
        case int(n) if (h := n // 2) > 2:
            return f"{n} halves to {h}"
        case int(n):
            return f"{n} too small (h={h})"
for v in [10, 4]:
    print(halves(v))

# guard may refer to names bound by the pattern and to outer names
limit = 5
for pair in [(1, 2), (3, 3), (6, 1), (2, 9)]:
    match pair:
        case (a, b) if a == b:
            print(pair, "equal")
        case (a, b) if a + b > limit:
            print(pair, "sum over", limit)
        case (a, b):
            print(pair, "plain")

# exception in a guard propagates out of the match
def risky(v):
    match v:
        case [x] if 10 // x > 1:
            return "ok"
        case _:
            return "fallback"
for v in [[2], [20], [0]]:
    try:
        print(v, risky(v))
    except ZeroDivisionError as e:
        print(v, type(e).__name__, e)

# guard using any()/all() over the captured star list
for v in [[1, 2, 3], [1, -2, 3], []]:
    match v:
        case [*xs] if xs and all(x > 0 for x in xs):
            print(v, "all positive")
        case [*xs] if any(x < 0 for x in xs):
            print(v, "has negative")
        case _:
            print(v, "empty or other")

# guard that is truthy but not a bool
match 1:
    case 1 if [0]:
        print("non-empty list guard is truthy")
match 1:
    case 1 if "":
        print("no")
    case _:
        print("empty string guard is falsy")
