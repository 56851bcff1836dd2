# Errors when building a class hierarchy: bad MRO, duplicate bases, non-class bases.
class A: pass
class B(A): pass


def attempt(label, make):
    try:
        cls = make()
        print(label, "ok", [k.__name__ for k in cls.__mro__])
    except TypeError as e:
        print(label, "TypeError:", e)


def m1():
    class Z(A, B): pass
    return Z


def m2():
    class Z(A, A): pass
    return Z


def m3():
    class Z(B, A): pass
    return Z


def m4():
    class Z(5): pass
    return Z


def m6():
    class Z(B, B, A): pass
    return Z


attempt("A,B", m1)
attempt("A,A", m2)
attempt("B,A", m3)
attempt("int literal", m4)
attempt("B,B,A", m6)
