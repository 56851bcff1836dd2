class M(type):
    def __new__(mcls, name, bases, ns):
        print("M.__new__", mcls.__name__, name)
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=M): pass
B = type.__new__(type, "B", (A,), {})
print(type(B).__name__)
C = type("C", (A,), {})
print(type(C).__name__)
class N(type): pass
class D(metaclass=N): pass
E = type.__new__(type, "E", (D,), {})
print(type(E).__name__)
try:
    type.__new__(M, "F", (D,), {})
except TypeError as e: print(e)
try:
    type("G", (5,), {})
except TypeError as e: print(e)
print("abc".find(3) if False else "ok")
try: "abc".startswith(3)
except TypeError as e: print(e)
