# Annotations: evaluated at definition time, recorded in __annotations__.
def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
x: int = 5
y: "later"
print(__annotations__, x)
class C:
    name: str = "c"
    count: int
print(C.__annotations__, C.name)
def g():
    local: undefined_name = 1
    return local
print(g())
try:
    def h(p: missing_name): pass
except NameError as e:
    print("NameError:", e)
