# sum(): start values (positional and keyword), floats, big ints, lists, and its errors.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 10), sum(range(101)))
print(sum([[1], [2, 3]], []), sum([(1,), (2, 3)], ()), sum([], 0.0), sum([]))
print(sum([1.5, 2, True]), sum([True, True, False]), sum([10**20, 1, -10**20]))
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum([1, 2.5]), type(sum([1, 2.0])).__name__)
print(sum(x * x for x in range(5)), sum({1: "a", 2: "b"}), sum({5, 6}))
print(sum([1, 2], start=10), sum(range(4), start=100), sum([[3]], start=[1, 2]))
print(sum([0.5, 0.25], start=1), sum([], start=[]))


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

    def __repr__(self):
        return f"Money({self.cents})"


print(sum([Money(100), Money(250), Money(5)]))
print(sum([Money(1)], Money(10)))
for thunk in [
    lambda: sum(["a", "b"], ""),
    lambda: sum(["a", "b"]),
    lambda: sum([1, "a"]),
    lambda: sum(5),
    lambda: sum([1], 2, 3),
    lambda: sum([[1]], start=None),
    lambda: sum([Money(1), 5]),
    lambda: sum(iterable=[1, 2]),
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
