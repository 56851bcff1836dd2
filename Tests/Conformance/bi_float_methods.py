# float methods: is_integer, conjugate, real/imag, int/trunc/floor/ceil conversions and their errors.
import math
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x in [0.0, -0.0, 1.0, -2.0, 0.5, 1.5, 1e16, 1e300, 0.1, -3.75, 2.0 ** -1074, 123.456]:
    print(repr(x), x.is_integer(), x.conjugate(), x.real, x.imag, x.is_integer() and int(x) == x)
show(lambda: float("inf").is_integer())
for x in [2.5, -2.5, 3.7, -3.7, 0.0, -0.5, 1e20]:
    print(x, int(x), math.trunc(x), math.floor(x), math.ceil(x), round(x), type(math.floor(x)).__name__)
show(lambda: math.floor(float("inf")))
show(lambda: math.ceil(float("nan")))
show(lambda: int(float("-inf")))
print(abs(-0.0), -(0.0), -(-0.0), 0.0 == -0.0, math.copysign(1, -0.0))
print(float.__name__, (1.5).__class__.__name__, isinstance(1.5.real, float))
