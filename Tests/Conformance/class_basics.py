# Classes: attributes, methods, class attributes, instance dicts.
class Counter:
    total = 0

    def __init__(self, start=0):
        self.value = start
        Counter.total += 1

    def bump(self, by=1):
        self.value += by
        return self

    def __repr__(self):
        return f"Counter({self.value})"


a = Counter()
b = Counter(10)
a.bump().bump(5)
print(a, b, Counter.total)
print(a.value, b.value, a.total, type(a).__name__, type(a) is Counter)
a.extra = "x"
print(sorted(a.__dict__.items()))
print(hasattr(a, "extra"), hasattr(b, "extra"), getattr(b, "extra", "default"))
setattr(b, "label", "bee")
print(b.label, vars(b))
del a.extra
print(hasattr(a, "extra"))
try:
    a.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a.missing
except AttributeError as e:
    print("AttributeError:", e)
Counter.total = 100
print(a.total, b.total)
b.total = 5
print(a.total, b.total, Counter.total)
print(isinstance(a, Counter), isinstance(a, object), isinstance(3, Counter))
print(Counter.__name__, Counter.__qualname__, Counter.__module__)
print(Counter.bump(a, 2).value)
m = a.bump
print(m().value, m(10).value)


class Empty:
    pass


e = Empty()
print(type(e).__name__, Empty.__bases__, Empty.__mro__)
for i in range(3):
    setattr(e, f"a{i}", i * i)
print(e.a0, e.a1, e.a2, len(vars(e)))


class Many:
    def __init__(self, n):
        for i in range(n):
            setattr(self, f"f{i}", i)


m = Many(80)
print(m.f0, m.f40, m.f79, len(vars(m)))
