# Ordering and equality of lists, tuples and strs: lexicographic rules, mixed types and errors.
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], [1, 2] == [1, 2.0], (1, 2) <= (1, 2))
print((1, "a") < (1, "b"), (0, 1) < (1,), ("a", 2) > ("a", 1), ((1, 2), 3) < ((1, 3), 0))
print("abc" < "abd", "ab" < "abc", "B" < "a", "" < "a", "é" > "z", "Z" < "a", "10" < "9")
print([1, 2] == (1, 2), [] == (), "1" == 1, [1] != [1.0], (1,) == (True,), [[]] == [[]])
print(max([(1, "z"), (2, "a"), (1, "zz")]), sorted([(2, "b"), (1, "c"), (2, "a")]))
nan = float("nan")
print([nan] == [nan], (nan,) == (nan,), [nan] < [nan], [1, nan] < [1, 2], nan == nan)
print([1, "x"] < [2, "y"], (1, None) < (2, None), [3] < [3, None])


class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(1, 10), Version(1, 2), Version(1, 2, 1), Version(0, 9)]
print(sorted(vs), [Version(1)] < [Version(2)], (Version(1), 0) < (Version(1), 1), Version(1) in vs)
print([Version(3)] > [Version(2)], Version(3) > Version(2), Version(2) in [Version(2)])
for thunk in [
    lambda: [1] < (1,),
    lambda: (1, 2) < (1, "a"),
    lambda: [None] < [None],
    lambda: "a" < 1,
    lambda: [1, 2] > [1, []],
    lambda: (1,) <= [1],
    lambda: [{}] < [{}],
    lambda: Version(1) <= Version(2),
    lambda: [Version(1)] <= [Version(1)],
    lambda: [1, object()] < [1, object()],
]:
    try:
        print(thunk())
    except TypeError as e:
        print("TypeError", e)
