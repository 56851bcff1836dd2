# Generator expressions: lazy evaluation, first iterable evaluated eagerly, single use, scoping and short-circuit.
def noisy(n, label):
    for i in range(n):
        print(f"  {label} produces {i}")
        yield i


ge = (x * 10 for x in noisy(3, "src"))
print("created")
print(next(ge))
print(list(ge))
print(list(ge))


def source():
    print("  source() called")
    return [1, 2, 3]


ge2 = (x for x in source())
print("source called eagerly before iteration")
print(sum(ge2))

try:
    bad = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)

lazy_err = (1 / x for x in [1, 0, 2])
print(next(lazy_err))
try:
    next(lazy_err)
except ZeroDivisionError as e:
    print("ZeroDivisionError on second item:", e)
print(list(lazy_err))

print(any(print(f"  checking {x}") or x > 1 for x in [0, 1, 2, 3, 4]))
print(all(x < 2 for x in noisy(5, "all")))

pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))

n = 10
ge3 = (x + n for x in range(3))
n = 100
print(list(ge3))

ge4 = (y for y in range(n // 50))
n = 1
print(list(ge4))

x = "outer"
print([x for x in "ab"], x)
print(list(x for x in "cd"), x)

print(sum(i * i for i in range(10)), max(len(w) for w in "a bb ccc".split()))
print(sorted((c for c in "banana"), reverse=True), "-".join(str(i) for i in range(4)))
print(type(i for i in []).__name__)
g5 = (i for i in range(3))
print(iter(g5) is g5, 1 in g5, list(g5))

nested = ((i, (j for j in range(i))) for i in range(3))
print([(i, list(inner)) for i, inner in nested])

matrix = [[1, 2], [3, 4]]
print(list(sum(row) for row in matrix), dict((k, len(k)) for k in ["aa", "b"]))
