# Calling dunder methods of built-in types explicitly: list.__len__, int.__add__, str.__mul__, dict.__getitem__ etc.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("list.__len__", lambda: [1, 2, 3].__len__())
attempt("str.__len__", lambda: "abcd".__len__())
attempt("dict.__len__", lambda: {"a": 1}.__len__())
attempt("list.__getitem__", lambda: [5, 6].__getitem__(1))
attempt("dict.__getitem__", lambda: {"a": 1}.__getitem__("a"))
attempt("list.__contains__", lambda: [1].__contains__(1))
attempt("int.__add__", lambda: (3).__add__(4))
attempt("int.__add__ NotImplemented", lambda: (3).__add__("x"))
attempt("int.__radd__", lambda: (3).__radd__(4))
attempt("float.__mul__", lambda: (1.5).__mul__(2))
attempt("str.__add__", lambda: "a".__add__("b"))
attempt("str.__mul__", lambda: "ab".__mul__(3))
attempt("int.__lt__", lambda: (1).__lt__(2))
attempt("int.__eq__ other type", lambda: (1).__eq__("1"))
attempt("list.__iter__", lambda: list([7, 8].__iter__()))
attempt("tuple.__hash__ eq", lambda: (1, 2).__hash__() == hash((1, 2)))
attempt("int.__neg__", lambda: (5).__neg__())
attempt("int.__bool__", lambda: (0).__bool__())
attempt("list.__setitem__", lambda: (lambda l: (l.__setitem__(0, "x"), l)[1])([1, 2]))
attempt("sum via map", lambda: list(map((10).__add__, [1, 2, 3])))
attempt("sorted key", lambda: sorted(["bb", "a", "ccc"], key=str.__len__))
