# bool() conversions, bool arithmetic and repr, callable() on many kinds of objects.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [0, 1, -1, 0.0, -0.0, 1e-300, float("nan"), "", " ", "False", [], [0], (), ((),), {}, {0: 0},
          set(), range(0), range(2), None, 0 == 0]:
    print(repr(v), bool(v))
print(bool(), True + True, True * 10, -True, ~True, ~False, True / 2, True // 2, True ** 0)
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True + 0).__name__)
print(str(True), repr(False), int(True), float(False), f"{True}", f"{True:d}", f"{True:>6}", "%s %d" % (True, True))
print(True == 1, False == 0, True is bool(5), isinstance(True, int), issubclass(bool, int), hash(True) == hash(1))
print({True: "a", 1: "b", 1.0: "c"}, {0, False, 0.0}, max(True, 0), sum([True, True, False]))

class Z:
    def __len__(self):
        return 0
class NZ:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Plain:
    pass
print(bool(Z()), bool(NZ()), bool(Plain()))

class BadLen:
    def __len__(self):
        return -1
show(lambda: bool(BadLen()))
class BadBool:
    def __bool__(self):
        return 1
show(lambda: bool(BadBool()))
show(lambda: bool(1, 2))
show(lambda: bool(x=1))

class WithCall:
    def __call__(self):
        return "called"
def f():
    pass
gen = (i for i in [])
for obj in [f, lambda: 0, print, len, int, str, Plain, Plain(), WithCall(), WithCall, "str", 5, None, [].append,
            "x".upper, str.upper, gen, classmethod, type, object()]:
    print(type(obj).__name__, callable(obj))
print(WithCall()())
show(lambda: callable())
