# reversed(): sequences, ranges, __reversed__, __len__+__getitem__ fallback, one-shot iterators and error messages.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(0, 10, 3))), list(reversed([])))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r), iter(r) is r)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __reversed__(self):
        return iter(range(1, self.n + 1))
    def __iter__(self):
        return iter(range(self.n, 0, -1))
print(list(Countdown(3)), list(reversed(Countdown(3))))
class Seq:
    def __len__(self):
        return 4
    def __getitem__(self, i):
        if not 0 <= i < 4:
            raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), list(Seq()), 20 in Seq())
class RevReturnsList:
    def __reversed__(self):
        return ["x", "y"]
print(reversed(RevReturnsList()))
show(lambda: reversed(5))
show(lambda: reversed({1, 2}))
show(lambda: reversed(x for x in "ab"))
words = "one two three".split()
print(" ".join(reversed(words)), "".join(reversed("stressed")), [w[::-1] for w in reversed(words)])
lst = [1, 2, 3]
rit = reversed(lst)
lst.append(4)
print(list(rit))
