# iter() with a sentinel, next() with a default, reversed(), enumerate(start=) and zip(strict=).
items = [1, 2, 3, 0, 4]
pos = 0


def step():
    global pos
    pos += 1
    return items[pos - 1]


print(list(iter(step, 0)), pos)
it = iter([10, 20])
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(0, 10, 3))), list(reversed((1,))))
d = {"x": 1, "y": 2, "z": 3}
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(list(reversed(Seq())), list(Seq()), 20 in Seq(), list(iter(Seq())))


class Rev:
    def __reversed__(self):
        return iter("custom")


print(list(reversed(Rev())))
print(list(enumerate("abc", start=5)), list(enumerate([], 1)), list(enumerate("ab", -2)))
print(list(enumerate("xy", 10**20)))
print(list(zip([1, 2], "ab", strict=True)), list(zip()), list(zip([1, 2, 3], "ab")))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip([1], "ab", strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip([1], "a", [5, 6], strict=True))
except ValueError as e:
    print("ValueError", e)
ez = enumerate("hello")
print(next(ez), next(ez), list(ez))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
for thunk in [
    lambda: iter(5),
    lambda: iter(step, 1, 2),
    lambda: iter(5, 0),
    lambda: next([1, 2]),
    lambda: reversed({1, 2}),
    lambda: reversed(iter([1])),
    lambda: enumerate(5),
    lambda: zip(1, 2),
    lambda: list(zip([1], 7)),
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
