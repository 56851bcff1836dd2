# collections.Counter arithmetic (+ - & | unary +/-, dropping non-positive counts) and keyword arguments to subtract/update; equality ignoring zero counts.
from collections import Counter
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = Counter("aabbbcdd")
b = Counter({"a": 1, "b": 5, "e": 2})
show(lambda: a + b)
show(lambda: a - b)
show(lambda: b - a)
show(lambda: a & b)
show(lambda: a | b)
show(lambda: sorted((+Counter({"x": 2, "y": -1, "z": 0})).items()))
show(lambda: sorted((-Counter({"x": 2, "y": -1})).items()))
def inplace():
    c = Counter(a=3)
    c += Counter(a=1, b=2)
    c -= Counter(b=5)
    return c
show(inplace)
show(lambda: a + {"a": 1})
def kw():
    c = Counter(cats=4, dogs=8)
    c.subtract(cats=10)
    c.update({"dogs": 1}, fish=2)
    return c
show(kw)
show(lambda: (Counter(a=1) == Counter(a=1, b=0), Counter() == Counter(x=0), Counter(a=1) != Counter(a=1, b=0)))
