# Protocol fallbacks: iteration via __getitem__, membership via __iter__/__getitem__, truth via __len__, __hash__ = None.
class OldSeq:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError("done")
        return i * i


print(list(OldSeq()), 9 in OldSeq(), 7 in OldSeq(), sum(OldSeq()), sorted(OldSeq(), reverse=True))
a, b, *rest = OldSeq()
print(a, b, rest, max(OldSeq()), dict(enumerate(OldSeq())))


class IterOnly:
    def __iter__(self):
        yield from [1, 2, 3]


print(2 in IterOnly(), 5 in IterOnly(), list(IterOnly()), [x * 2 for x in IterOnly()])


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(bool(Sized(0)), bool(Sized(3)), not Sized(0), "yes" if Sized(1) else "no", len(Sized(7)))


class BoolWins:
    def __len__(self):
        return 0

    def __bool__(self):
        return True


print(bool(BoolWins()))


class Unhashable:
    __hash__ = None


class EqOnly:
    def __eq__(self, other):
        return True


print(Unhashable.__hash__, EqOnly.__hash__, EqOnly() == 5, EqOnly() != 5)
for thunk in [
    lambda: hash(Unhashable()),
    lambda: {EqOnly(): 1},
    lambda: {Unhashable()},
    lambda: len(OldSeq()),
    lambda: bool(Sized(-1)),
    lambda: len(Sized("x")),
    lambda: iter(IterOnly()) and 5 in Sized(3),
    lambda: list(Sized(2)),
    lambda: bool(type("B", (), {"__bool__": lambda self: 1})()),
    lambda: len(Sized(2**70)),
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
