# Ordering comparisons of tuples and lists whose elements are user objects with __lt__/__gt__.
class C:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __eq__(self, other):
        return self.v == other.v

    def __repr__(self):
        return f"C({self.v})"


def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)


attempt("tuple <", lambda: (C(1), 0) < (C(2), 0))
attempt("tuple >", lambda: (C(1), 0) > (C(2), 0))
attempt("tuple tie", lambda: (C(1), 0) < (C(1), 5))
attempt("list <", lambda: [C(1)] < [C(2)])
attempt("list <=", lambda: [C(1), C(2)] <= [C(1), C(2)])
attempt("sorted pairs", lambda: sorted([(C(2), "a"), (C(1), "b"), (C(2), "0")]))
attempt("max pairs", lambda: max([(C(1), 1), (C(2), 0)]))
attempt("min pairs", lambda: min([(C(3), 1), (C(2), 0)]))
C.__hash__ = lambda self: hash(self.v)
counts = {C(3): 1, C(1): 2}
attempt("sorted items", lambda: sorted(counts.items()))
