# __slots__ basics: attribute access, unset slots, del, inheritance, string slots,
# class-variable conflicts, __dict__/__weakref__ slots, member descriptors, vars().
import weakref


class A:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


def attempt(label, fn):
    try:
        print(label, fn())
    except (AttributeError, TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


x = A(1)
x.b = 2
print(x.a, x.b, hasattr(x, "a"), hasattr(x, "c"), hasattr(x, "__dict__"))
try:
    x.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
attempt("read c:", lambda: x.c)
y = A(5)
attempt("unset b:", lambda: y.b)
print(hasattr(y, "b"), getattr(y, "b", "default"))
del x.b
print(hasattr(x, "b"))
try:
    del x.b
except AttributeError as e:
    print(type(e).__name__, e)
x.b = "again"
print(x.b, A.__slots__)
print(type(A.a).__name__, repr(A.a), A.a.__name__, A.a.__objclass__ is A)
print(A.a.__get__(x), A.a.__get__(None, A) is A.a)
A.b.__set__(x, 42)
print(x.b)
attempt("vars:", lambda: vars(x))


class B(A):
    pass


b = B(1)
b.extra = "dict"
print(b.a, b.extra, vars(b), hasattr(b, "__dict__"))


class C(A):
    __slots__ = ("c",)


c = C(1)
c.c = 3
print(c.a, c.c, C.__slots__, hasattr(c, "__dict__"))
attempt("C.d:", lambda: setattr(c, "d", 4))


class S:
    __slots__ = "only"


s = S()
s.only = "one"
print(s.only, S.__slots__, type(S.only).__name__)
try:
    class Bad:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print(type(e).__name__, e)


class D:
    __slots__ = ("a", "__dict__")


d = D()
d.a = 1
d.z = 26
print(d.a, d.__dict__, vars(d))


class W:
    __slots__ = ("v", "__weakref__")


w = W()
r = weakref.ref(w)
print(r() is w, hasattr(w, "__dict__"))
attempt("weakref A:", lambda: weakref.ref(A(0)))
