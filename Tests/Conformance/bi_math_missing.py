# math functions: n-ary hypot, frexp/ldexp, remainder, nextafter, ulp, cbrt.
import math
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: math.hypot(1, 2, 2))
show(lambda: math.hypot())
show(lambda: math.hypot(3))
show(lambda: math.hypot(1, 1, 1, 1))
show(lambda: (math.frexp(8.0), math.frexp(0.0), math.frexp(-3.5), math.ldexp(0.5, 4), math.ldexp(1, -1074)))
show(lambda: (math.remainder(7, 3), math.remainder(8, 3), math.remainder(-7, 2)))
show(lambda: (math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.ulp(1.0), math.ulp(0.0)))
show(lambda: (math.cbrt(27), math.cbrt(-8)))
show(lambda: math.remainder(1, 0))
