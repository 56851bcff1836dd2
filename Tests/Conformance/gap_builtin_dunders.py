# Special methods of built-in types called explicitly: (7).__add__(3), list.__len__, str.__mod__, ...
print((7).__add__(3), (7).__radd__(3), (7).__sub__(3), (7).__rsub__(3), (7).__mul__(2))
print((7).__floordiv__(2), (7).__mod__(3), (7).__truediv__(2), (2).__pow__(10), (3).__pow__(2, 5))
print((7).__add__(1.5), (7).__lt__(8), (7).__ge__(8), (7).__bool__(), (0).__bool__(), (7).__index__())
print((7).__int__(), (7).__float__(), (6).__and__(3), (6).__or__(3), (6).__xor__(3), (6).__invert__())
print((-5).__abs__(), (5).__neg__(), (5).__pos__(), (10).__divmod__(3), (10).__rdivmod__(3))
print((5).__floor__(), (5).__ceil__(), (5).__trunc__(), (1234).__round__(-2), (255).__format__("x"))
print((5).__repr__(), (5).__str__(), int.__repr__(5), repr(int.__add__(2, 3)), int.__neg__(9))
print((2.5).__add__(1), (2.5).__radd__(1), (2.5).__mul__(2), (2.5).__neg__(), (2.5).__lt__(3))
print((2.5).__floor__(), (2.5).__ceil__(), (2.5).__round__(), (2.5).__trunc__(), (2.5).__int__(), (2.5).__repr__())
print("ab".__add__("c"), "ab".__mul__(2), "ab".__rmul__(3), "ab".__contains__("a"), "ab".__len__())
print("ab".__getitem__(1), "ab".__lt__("b"), "%d-%s".__mod__((1, "x")), "ab".__repr__(), "ab".__str__())
print(str.__len__("abc"), str.__getitem__("abc", -1), str.upper("q"))
print([1].__add__([2]), [1, 2].__len__(), [1, 2].__getitem__(0), [1, 2].__contains__(2), [1].__mul__(3))
it = [1, 2].__iter__()
print(it.__next__(), it.__next__(), list.__len__([0, 0]), list.__getitem__([5, 6], slice(1, None)))
xs = [1, 2, 3]
xs.__setitem__(0, 9)
xs.__delitem__(1)
xs.__iadd__([7])
print(xs, xs.__reversed__().__next__())
d = {1: 2}
d.__setitem__(3, 4)
print(d.__getitem__(1), d.__contains__(3), d.__len__(), dict.__getitem__(d, 3), d.__or__({5: 6}))
d.__delitem__(1)
print(d, list(d.__iter__()))
print((1, 2).__len__(), (1, 2).__getitem__(1), (1, 2).__add__((3,)), (1, 2).__contains__(5), tuple.__len__(()))
print({1}.__contains__(1), {1}.__or__({2}), {1, 2}.__and__({2}), {1}.__len__(), {1, 2}.__sub__({1}))
print(range(5).__len__(), range(5).__getitem__(2), range(5).__contains__(3))
print((7).__add__("x"), "a".__add__(1), [].__add__(()), (1).__eq__(1.0), "a".__ne__("b"))
for thunk in [
    lambda: int.__add__("a", 1),
    lambda: str.__len__(5),
    lambda: list.__getitem__([1], 5),
    lambda: dict.__getitem__({}, "k"),
    lambda: (5).__add__(),
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
