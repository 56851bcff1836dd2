# Keyword arguments given twice through ** unpacking, in either order, to functions and built-ins.
def f(**kw):
    return kw


def g(x, **kw):
    return (x, kw)


print(f(a=1, **{"b": 2}), f(**{"a": 1}, b=2), f(**{"a": 1}, **{"b": 2}), g(1, **{"y": 2}))
for thunk in [
    lambda: f(**{"a": 1}, a=2),
    lambda: f(a=2, **{"a": 1}),
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: g(1, **{"x": 2}),
    lambda: g(1, x=2),
    lambda: g(1, **{"x": 2}, x=3),
    lambda: g(**{"x": 1}, x=2),
    lambda: dict(**{"a": 1}, a=2),
    lambda: dict(a=1, **{"a": 2}),
    lambda: f(**{1: 2}),
    lambda: f(**[("a", 1)]),
    lambda: f(*5),
    lambda: f(**None),
]:
    try:
        print(thunk())
    except TypeError as e:
        print("TypeError", e)
