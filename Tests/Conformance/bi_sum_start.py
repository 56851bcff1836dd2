# sum(): start values, floats (incl. precision), lists/tuples with start, generator input, bools and error messages.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(sum([]), sum([], 10), sum([1, 2, 3]), sum([1, 2, 3], 10), sum(range(101)))
print(sum([0.1] * 10), sum([0.1, 0.2, 0.3]), sum([1, 2.5]), sum([1e100, 1.0, -1e100]), sum([True, True, True]))
print(sum([[1], [2, 3], []], []), sum([(1,), (2,)], ()), sum([[1]], [0]), sum(([i] for i in range(3)), []))
print(sum(x * x for x in range(5)), sum(map(len, ["ab", "cde"])), sum({1: "a", 2: "b"}), sum({3, 4}), sum([10**20, 10**20]))
print(sum([-0.0]), sum([-0.0], -0.0), sum([], -0.0), sum([0.5, 0.25], 0.25), type(sum([1, 2.0])).__name__, type(sum([True])).__name__)
print(sum([1.5, 2**60]), sum([2**53, 1.0, 1.0]), sum([float("inf"), 1]), sum([float("inf"), float("-inf")]))

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if isinstance(o, int) and o == 0:
            return self
        return Vec(self.x + o.x, self.y + o.y)
    __radd__ = __add__
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
print(sum([Vec(1, 2), Vec(3, 4), Vec(5, 6)]), sum([Vec(1, 1)], Vec(10, 10)))

show(lambda: sum(["a", "b"]))
show(lambda: sum([1, "a"]))
show(lambda: sum([[1]]))
show(lambda: sum(5))
show(lambda: sum([1], 2, 3))
show(lambda: sum([None]))
running = []
total = 0
for v in [3, 1, 4, 1, 5, 9, 2, 6]:
    total += v
    running.append(total)
print(running, sum(running) / len(running), sum(v for v in running if v % 2))
