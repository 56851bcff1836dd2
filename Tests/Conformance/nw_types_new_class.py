# types.new_class and types.prepare_class: dynamic class creation with bases,
# keywords and exec_body callbacks; type() with three arguments for comparison.
import types


class Base:
    def greet(self):
        return "hello from " + type(self).__name__


def body(ns):
    ns["x"] = 10
    ns["double"] = lambda self: self.x * 2


Dyn = types.new_class("Dyn", (Base,), exec_body=body)
d = Dyn()
print(Dyn.__name__, Dyn.__bases__ == (Base,), d.x, d.double(), d.greet())
print(isinstance(d, Base), issubclass(Dyn, Base))

Empty = types.new_class("Empty")
print(Empty.__name__, Empty.__bases__ == (object,), Empty.__mro__ == (Empty, object))


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = "Meta"
        ns["kw"] = sorted(kw.items())
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


WithMeta = types.new_class("WithMeta", (), {"metaclass": Meta, "flag": 1})
print(type(WithMeta).__name__, WithMeta.made_by, WithMeta.kw)

meta, ns, kwds = types.prepare_class("P", (Base,), {"metaclass": Meta, "extra": True})
print(meta.__name__, type(ns).__name__, kwds)
meta2, ns2, kwds2 = types.prepare_class("Q", ())
print(meta2.__name__, ns2, kwds2)


class Sub(metaclass=Meta, level=3):
    pass


Child = types.new_class("Child", (Sub,), {"tag": "c"})
print(type(Child).__name__, Child.kw, Child.made_by)

T = type("T", (Base,), {"y": 5, "get_y": lambda self: self.y})
t = T()
print(T.__name__, t.y, t.get_y(), t.greet())


class PrepMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, sorted(kw))
        return {"prepared": True}

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


Prep = types.new_class("Prep", (), {"metaclass": PrepMeta, "a": 1})
print(Prep.prepared)
m, n, k = types.prepare_class("Prep2", (), {"metaclass": PrepMeta})
print(n, k)
print(types.resolve_bases((Base, int)) == (Base, int))
try:
    types.new_class("Bad", (1,))
except TypeError as e:
    print(type(e).__name__)
