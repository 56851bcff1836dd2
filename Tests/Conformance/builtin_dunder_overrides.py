# Built-in dunders stored on subclasses (enum's ReprEnum does it): str/format/repr of IntEnum, StrEnum, IntFlag members, and classes that assign str.__format__, list.__repr__, int.__format__ to themselves.
import enum
class C(enum.IntEnum):
    A = 1
class S(enum.StrEnum):
    X = "ex"
class F(enum.IntFlag):
    R = 1
    W = 2
print(f"{C.A:>5}|{C.A}|{S.X:>4}|{S.X}|{F.R | F.W}|{F.R|F.W!r}", str(S.X), repr(S.X), C.A + 1, S.X.upper(), format(F.W, "03d"))
class MyList(list):
    pass
print(str(MyList([1])), repr(MyList([2])), f"{MyList([3])}")
class T(str):
    __format__ = str.__format__
    __repr__ = str.__repr__
    __str__ = str.__str__
class L(list):
    __format__ = list.__format__
    __repr__ = list.__repr__
class I(int):
    __format__ = int.__format__
    __repr__ = int.__repr__
print(format(T("a"), ">3"), repr(T("b")), str(T("c")), format(L([1])), repr(L([2])), format(I(5), "03d"), repr(I(6)), f"{T('d')}")
