# min() and max(): iterables, several arguments, key=, default=, ties and error messages.
print(min([3, 1, 2]), max([3, 1, 2]))
print(min(3, 1, 2), max(3, 1, 2))
print(min("hello"), max("hello"))
print(min([], default=None), max([], default="empty"))
print(min([5], default=0), max((), default=-1))
words = ["pear", "fig", "banana", "kiwi", "plum"]
print(min(words, key=len), max(words, key=len))
print(min(*words, key=lambda w: w[-1]), max(*words, key=lambda w: w[-1]))
# ties: the first of equal items wins for both min and max
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
print(min(pairs, key=lambda p: p[0]), max(pairs, key=lambda p: p[0]))
print(min([1.5, 1, True]), max([0, False, 0.0]))
print(max(range(10), key=lambda n: (n % 3, -n)))
print(min({3: "x", 1: "y"}), max({"b": 1, "a": 2}.values()))
print(max([[1, 2], [1, 3], [0, 9]]), min([(2, 1), (1, 5), (1, 2)]))
print(min(x * x for x in range(-3, 4)), max((x for x in []), default="gen-empty"))
print(max(-0.0, 0.0), min(0.0, -0.0))
print(max(1, 2, key=None), min([4, 2], key=None))
errors = [
    lambda: min([]),
    lambda: max([]),
    lambda: min(),
    lambda: max(1),
    lambda: min(1, 2, default=0),
    lambda: max([1, "a"]),
    lambda: min([1, 2], key=5),
    lambda: max([1], bogus=1),
    lambda: min(None),
]
for f in errors:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Box:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __gt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return f"Box({self.v})"


print(min(Box(3), Box(1), Box(2)), max([Box(3), Box(7), Box(7)]))
try:
    max([object(), object()])
except TypeError as e:
    print("TypeError", e)
