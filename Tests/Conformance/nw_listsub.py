# Python subclasses of list: overriding append/__getitem__/__setitem__, extra
# attributes, super() calls, isinstance, repr, and slicing results.


class TypedList(list):
    def __init__(self, kind, items=()):
        super().__init__()
        self.kind = kind
        for it in items:
            self.append(it)

    def append(self, item):
        if not isinstance(item, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(item).__name__}")
        super().append(item)

    def __repr__(self):
        return f"TypedList[{self.kind.__name__}]({list(self)!r})"


tl = TypedList(int, [1, 2, 3])
tl.append(4)
print(tl, len(tl), sum(tl), tl.kind)
try:
    tl.append("five")
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(tl, list), type(tl).__name__, tl == [1, 2, 3, 4])
sl = tl[1:3]
print(sl, type(sl).__name__)
print(tl + [9], type(tl + [9]).__name__)
tl.extend([7])
print(tl)


class OneBased(list):
    def __setitem__(self, i, v):
        super().__setitem__(i - 1, v)

    def at(self, i):
        if i < 1:
            raise IndexError("one-based index out of range")
        return super().__getitem__(i - 1)


ob = OneBased("abc")
print(ob.at(1), ob.at(3), ob[0:2])
ob[2] = "B"
print(ob, list(ob), [x for x in ob])
try:
    ob.at(0)
except IndexError as e:
    print(type(e).__name__, e)


class Stack(list):
    push = list.append

    def peek(self):
        return self[-1] if self else None

    @property
    def size(self):
        return len(self)


s = Stack()
s.push(1)
s.push(2)
print(s.peek(), s.size, s.pop(), s, bool(s), bool(Stack()))


class History(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.log = []

    def append(self, x):
        self.log.append(("append", x))
        return super().append(x)

    def extend(self, other):
        self.log.append(("extend", len(other)))
        return super().extend(other)


h = History([0])
h.append(1)
h.extend([2, 3])
print(h, h.log, type(h).__name__)
print(sorted(History([3, 1, 2])), History([3, 1, 2]).index(2), History("aab").count("a"))
h.sort(reverse=True)
print(h, h * 2, type(h * 2).__name__)
print(vars(h), h.__class__.__mro__[1].__name__)
