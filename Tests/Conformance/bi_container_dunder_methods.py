# Dunder methods of list/tuple/dict/set/str called directly (x.__getitem__(i), x.__contains__(v), x.__len__() ...).
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
xs = [1, 2, 3]
show(lambda: (xs.__len__(), xs.__getitem__(1), xs.__contains__(2), xs.__add__([4]), xs.__mul__(2)))
show(lambda: xs.__setitem__(0, 9) or xs)
show(lambda: xs.__delitem__(0) or xs)
show(lambda: xs.__setitem__(5, 0))
show(lambda: (list(xs.__iter__()), list(xs.__reversed__())))
show(lambda: ((1, 2).__len__(), (1, 2).__getitem__(0), (1, 2).__contains__(3), (1,).__add__((2,))))
d = {"a": 1}
show(lambda: (d.__getitem__("a"), d.__contains__("b"), d.__len__(), d.__setitem__("b", 2), d))
show(lambda: d.__delitem__("zz"))
show(lambda: ({1}.__contains__(1), {1}.__len__(), {1}.__or__({2}), {1, 2}.__and__({2}), {1}.__le__({1, 2})))
show(lambda: ("abc".__len__(), "abc".__getitem__(1), "abc".__contains__("b"), "a".__add__("b"), "ab".__mul__(2), "%d".__mod__(5)))
