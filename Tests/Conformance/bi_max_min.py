# max()/min() with iterables and varargs, key=, default=, ties (first wins), mixed numbers and error messages.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(max([3, 1, 4, 1, 5]), min([3, 1, 4, 1, 5]), max(3, 9, 2), min(3, 9, 2), max("hello"), min("hello"))
print(max([1, 2.5, True]), min([1, 0.5, False]), max(10**30, 1e29), min(-0.0, 0), min(0, -0.0), max(0, -0.0))
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(max(words), min(words), max(words, key=len), min(words, key=len), max(words, key=lambda w: w[-1]))
print(max([], default="none"), min((), default=0), max([5], default=9), min(iter([]), default=None))
print(max("abc", "abd", "ab"), min([[2, 1], [1, 9], [1, 2]]), max((1, "z"), (1, "a")), min({3: "a", 1: "b"}))
pairs = [("a", 3), ("b", 1), ("c", 3), ("d", 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
print(max(range(10), key=lambda n: n % 4), min(range(10), key=lambda n: -n % 3))
print(max(3, 1, key=None), min([2, -7, 5], key=abs), max([-7, 2, 5], key=abs), max({1: "a", 2: "b"}.items()))
print(max(map(int, "3917")), min(x * x for x in range(-3, 3)), max(set([4, 8, 2])), max(frozenset([0])))

class Score:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"Score({self.v})"
print(max([Score(2), Score(7), Score(7), Score(1)]), min([Score(2), Score(1), Score(1)]))

show(lambda: max([]))
show(lambda: min(()))
show(lambda: max())
show(lambda: min(5))
show(lambda: max(1, "a"))
show(lambda: min([None, 1]))
show(lambda: max(1, 2, default=0))
show(lambda: max([1], key=5))
show(lambda: max([1, 2], bogus=1))
show(lambda: min([[1], (1,)]))
show(lambda: max([object(), object()]) and "compared")
show(lambda: max(iter([]), key=len))
