# __getitem__/__len__/__setitem__/__delitem__: old-style iteration, slices, negative indexes and membership.
class Squares:
    def __getitem__(self, i):
        if i >= 6:
            raise IndexError("too far")
        return i * i


s = Squares()
print(list(s), 16 in s, 17 in s, s[3])
it = iter(s)
print(next(it), next(it), next(it))
print(sorted(s, reverse=True), sum(s), list(zip(s, "abc")))


class Ring:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, key):
        if isinstance(key, slice):
            return Ring(self.items[key])
        if not isinstance(key, int):
            raise TypeError(f"Ring indices must be integers, not {type(key).__name__}")
        return self.items[key % len(self.items)]

    def __setitem__(self, key, value):
        self.items[key % len(self.items)] = value

    def __delitem__(self, key):
        del self.items[key]

    def __repr__(self):
        return f"Ring({self.items})"


r = Ring("abcde")
print(len(r), r[0], r[7], r[-1], r[-6])
print(r[1:3], r[::2], r[::-1], r[10:])
r[12] = "X"
print(r)
del r[0]
print(r, len(r))
try:
    r["a"]
except TypeError as e:
    print("TypeError:", e)
print(bool(Ring([])), bool(r))
try:
    del r[10]
except IndexError as e:
    print("IndexError:", e)


class SliceShow:
    def __getitem__(self, key):
        return key


ss = SliceShow()
print(ss[1], ss[1:2], ss[::3], ss[1:2, 3], ss[...], ss["k"], ss[:, 1])
sl = ss[2:10:3]
print(sl.start, sl.stop, sl.step)


class Table:
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        row, col = key
        return self.data.get((row, col), 0)

    def __setitem__(self, key, value):
        self.data[key] = value


t = Table()
t[0, 1] = 5
t[2, 2] = 9
print(t[0, 1], t[2, 2], t[1, 1], sorted(t.data))


class NoLen:
    def __getitem__(self, i):
        return i


try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
try:
    Squares()[1] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    del Squares()[1]
except AttributeError as e:
    print("AttributeError:", e)
except TypeError as e:
    print("TypeError:", e)


class BadLen:
    def __len__(self):
        return -1


try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
