# Parameters: defaults, keyword-only, positional-only, *args, **kwargs, errors.
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw


print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(c=0, a=9))
print(f(*[1, 2, 3], **{"c": 7, "z": 8}))


def pos_only(a, b, /, c):
    return a + b + c


print(pos_only(1, 2, 3), pos_only(1, 2, c=3))
for call in [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, c=2, a=3),
    lambda: pos_only(1, b=2, c=3),
    lambda: pos_only(1, 2),
    lambda: pos_only(1, 2, 3, 4),
]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def g(x, y):
    return x - y


print(g(y=1, x=5), g(*(7, 2)), g(**{"y": 3, "x": 4}))
for bad in [lambda: g(1, 2, 3), lambda: g(1, x=2), lambda: g(1, z=2), lambda: g(), lambda: g(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


def defaults_shared(item, bucket=[]):
    bucket.append(item)
    return bucket


print(defaults_shared(1), defaults_shared(2), defaults_shared(3, []))
print(f.__defaults__, f.__kwdefaults__, f.__name__, g.__qualname__)


def kwonly(*, key):
    return key


print(kwonly(key="k"))
try:
    kwonly("k")
except TypeError as e:
    print("TypeError:", e)


def three(a, b, c):
    return [a, b, c]


try:
    three(1, **{"a": 2, "b": 3})
except TypeError as e:
    print("TypeError:", e)
try:
    three(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
print(three(*"xy", 1), three(*[1], *[2], 3))


class Methods:
    def m(self, x, y=0):
        return x + y

    def n(self):
        return "n"


try:
    Methods().m()
except TypeError as e:
    print("TypeError:", e)
try:
    Methods().n(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Methods.n()
except TypeError as e:
    print("TypeError:", e)
print(Methods().m(1, y=2), Methods.m(Methods(), 3))
