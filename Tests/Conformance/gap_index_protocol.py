# __index__: objects usable wherever CPython needs an integer index.
class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


two = Idx(2)
print(hex(Idx(31)), bin(Idx(5)), oct(Idx(9)))
print([10, 20, 30, 40][two], (1, 2, 3)[two], "abcdef"[two], range(10)[two])
print("abcdef"[Idx(1):Idx(4)], [0, 1, 2, 3, 4, 5][::Idx(2)], (9, 8, 7)[Idx(-1)])
print(range(Idx(3)), list(range(Idx(1), Idx(7), Idx(2))))
print(chr(Idx(97)), int(Idx(7)), Idx(5).__index__())
print("ab" * Idx(3), [0] * Idx(2), (1, 2) * Idx(2))
xs = [0, 1, 2, 3, 4]
xs[two] = "two"
print(xs)
del xs[Idx(0)]
print(xs)
xs[Idx(1):Idx(3)] = ["a", "b", "c"]
print(xs)
print(xs.pop(Idx(1)), xs, xs.index("c", Idx(0)))
xs.insert(Idx(1), "ins")
print(xs)
print(round(3.14159, Idx(2)), round(1234, Idx(-2)))
print("{0}".format(7), "abc"[slice(Idx(1), None)])


class Bad:
    def __index__(self):
        return "nope"


class NoIndex:
    pass


for thunk in [
    lambda: [1, 2][Bad()],
    lambda: hex(Bad()),
    lambda: [1, 2][NoIndex()],
    lambda: "ab"[NoIndex()],
    lambda: (1,)[NoIndex()],
    lambda: range(NoIndex()),
    lambda: hex(NoIndex()),
    lambda: "abc"[NoIndex():],
    lambda: [1, 2, 3][Idx(10)],
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
