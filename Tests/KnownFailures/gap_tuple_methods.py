# tuple.count and tuple.index, with start/stop and equality-based matching.
t = (1, 2, 3, 2, 1, 2.0, True, "a", (1, 2), None)
print(t.count(2), t.count(1), t.count("a"), t.count((1, 2)), t.count(None), t.count("zz"))
print(t.index(2), t.index(2, 2), t.index(2, 4), t.index(1, 1), t.index((1, 2)), t.index(None))
print(t.index(2, -6), t.index("a", 0, 8), t.index(1, -100, 100))
print((1, 2, 3).count(2.0), (float("nan"),).count(float("nan")), ().count(1))
nan = float("nan")
print((nan, nan).count(nan), (nan,).index(nan))
print(tuple.count((1, 1, 1), 1), tuple.index(("x", "y"), "y"))


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Eq) and other.v % 10 == self.v % 10


es = (Eq(1), Eq(12), Eq(21))
print(es.count(Eq(11)), es.index(Eq(2)), es.index(Eq(31), 1))
for thunk in [
    lambda: t.index(99),
    lambda: t.index(2, 6),
    lambda: (1, 2, 3).index(3, 0, 2),
    lambda: (1,).count(),
    lambda: (1,).index(),
    lambda: (1,).count(1, 2),
    lambda: (1,).index(1, "a"),
    lambda: ().index(0),
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
