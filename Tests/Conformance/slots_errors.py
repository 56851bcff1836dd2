# __slots__ edge cases: bad slot names, duplicate __dict__, builtin subtypes, layout
# conflicts, private-name mangling, dict slots, __class__ assignment; ends uncaught.
def define(label, make):
    try:
        cls = make()
        print(label, "ok", cls.__name__)
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


define("int item:", lambda: type("T1", (), {"__slots__": ("a", 1)}))
define("bad ident:", lambda: type("T2", (), {"__slots__": ("not valid",)}))
define("dup dict:", lambda: type("T3", (), {"__slots__": ("__dict__", "__dict__")}))
define("int base:", lambda: type("T4", (int,), {"__slots__": ("x",)}))
define("int empty:", lambda: type("T5", (int,), {"__slots__": ()}))
define("tuple base:", lambda: type("T6", (tuple,), {"__slots__": ("y",)}))
define("not iterable:", lambda: type("T7", (), {"__slots__": 5}))
define("dup weakref:", lambda: type("T8", (), {"__slots__": ("__weakref__", "__weakref__")}))


class P:
    __slots__ = ("p",)


class Q:
    __slots__ = ("q",)


define("layout:", lambda: type("PQ", (P, Q), {}))


class E:
    __slots__ = ()


class PE(P, E):
    __slots__ = ()


pe = PE()
pe.p = "fine"
print(pe.p, PE.__mro__[1].__name__, PE.__slots__)


class K:
    __slots__ = ("__secret", "open")

    def __init__(self):
        self.__secret = "hidden"

    def reveal(self):
        return self.__secret


k = K()
print(k.reveal(), K.__slots__, "_K__secret" in K.__dict__, "__secret" in K.__dict__)
print(getattr(k, "_K__secret"), hasattr(k, "__secret"))


class Doc:
    __slots__ = {"x": "the x coordinate", "y": "the y coordinate"}


print(sorted(Doc.__slots__), Doc.x.__doc__, Doc.y.__doc__)


class P2:
    __slots__ = ("p",)


obj = P()
try:
    obj.__class__ = Q
except TypeError as e:
    print(type(e).__name__, e)
obj.__class__ = P2
obj.p = 7
print(type(obj).__name__, obj.p)
try:
    P.p.__get__(Q())
except TypeError as e:
    print(type(e).__name__, e)
try:
    P.p.__set__(Q(), 1)
except TypeError as e:
    print(type(e).__name__, e)

k.open = True
print("about to fail", k.open)
k.unrelated_attribute = 1
print("not reached")
