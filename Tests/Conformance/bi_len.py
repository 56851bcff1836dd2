# len() of builtin containers, strings with non-ASCII, views, ranges and __len__ objects; error messages.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {"a": 1, "b": 2, "c": 3}
for v in ["", "abc", "héllo", "日本語", "😀😀", "a\u0301", [], [1, [2, 3]], (), (1,), d, d.keys(), d.values(), d.items(),
          set(), {1, 2, 2}, frozenset("aab"), range(10), range(0, 10, 3), range(10, 0), [None] * 7, "x" * 1000]:
    print(len(v), end=" ")
print()

class Bag:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Bag(3)), len(Bag(0)), bool(Bag(0)), bool(Bag(2)), len(Bag(True)))

class NegLen:
    def __len__(self):
        return -1
class FloatLen:
    def __len__(self):
        return 1.5
class StrLen:
    def __len__(self):
        return "3"
class HugeLen:
    def __len__(self):
        return 2**100
class NoLen:
    pass
show(lambda: len(NegLen()))
show(lambda: len(FloatLen()))
show(lambda: len(StrLen()))
show(lambda: len(HugeLen()))
show(lambda: len(NoLen()))
show(lambda: len(5))
show(lambda: len(None))
show(lambda: len(3.5))
show(lambda: len(x for x in "ab"))
show(lambda: len(len))
show(lambda: len())
show(lambda: len([], []))
lst = [1, 2, 3]
lst.append(4)
del lst[0]
lst.extend([5, 6])
print(len(lst), len(lst[1:]), len(lst[::2]), len(str(lst)), len(set("mississippi")))
