# list/dict subclasses: an overridden __getitem__ is used for in-range int indexes,
# in-place operators keep the subclass (and the same object), super().__iadd__ works.


class OneBased(list):
    def __getitem__(self, i):
        if isinstance(i, int):
            if i < 1:
                raise IndexError("one-based index out of range")
            return super().__getitem__(i - 1)
        return super().__getitem__(i)


ob = OneBased("abc")
print(ob[1], ob[3], ob[0:2])
try:
    ob[0]
except IndexError as e:
    print(type(e).__name__, e)


class L(list):
    pass


u = L([1])
before = u
u += [2]
u *= 2
print(u, type(u).__name__, u is before)


class D(dict):
    pass


d = D(a=1)
before = d
d |= {"b": 2}
print(d, type(d).__name__, d is before)


class History(list):
    def __iadd__(self, other):
        print("iadd", len(other))
        return super().__iadd__(other)


h = History([0])
h += [1, 2]
print(h, type(h).__name__)
