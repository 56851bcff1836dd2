# Argument binding: positional-only, keyword-only, defaults, *args/**kwargs, and CPython's error messages.
def pos_only(a, b, /, c=3):
    return (a, b, c)


def kw_only(a, *, key, flag=False):
    return (a, key, flag)


def mixed(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)


def no_args():
    return "none"


class K:
    def meth(self, x, *, y=1):
        return (x, y)

    @staticmethod
    def smeth(p):
        return p

    @classmethod
    def cmeth(cls, q):
        return (cls.__name__, q)


print(pos_only(1, 2), pos_only(1, 2, 5), pos_only(1, 2, c=9), kw_only(1, key="k"), kw_only(0, flag=True, key=2))
print(mixed(1, c=3), mixed(1, 2, 3, 4, c=5, e=6), mixed(a=1, c=2, z=0), pos_only(1, 2, **{"c": 7}))
print(K().meth(1), K().meth(x=2, y=3), K.smeth(4), K.cmeth(5), K().cmeth(6))


def dump_kw(a, /, **kw):
    return (a, kw)


print(dump_kw(1, a=2), dump_kw(0, b=1, **{"c": 2}))
calls = [
    lambda: pos_only(1),
    lambda: pos_only(a=1, b=2),
    lambda: pos_only(1, b=2),
    lambda: pos_only(1, 2, 3, 4),
    lambda: kw_only(1, 2),
    lambda: kw_only(1),
    lambda: kw_only(key=1),
    lambda: kw_only(1, key=2, other=3),
    lambda: mixed(),
    lambda: mixed(1),
    lambda: mixed(1, a=1, c=1),
    lambda: no_args(1),
    lambda: no_args(x=1),
    lambda: K().meth(),
    lambda: K().meth(1, 2),
    lambda: K.meth(1),
    lambda: K.smeth(),
    lambda: K.cmeth(1, 2),
    lambda: (lambda x, y: 0)(1),
    lambda: (lambda: 0)(1, 2),
    lambda: (lambda *, k: k)(),
    lambda: pos_only(1, 2, d=4),
    lambda: mixed(1, 2, 3, c=1, b=5),
    lambda: kw_only(1, key=1, **{"key": 2}),
]
for f in calls:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
