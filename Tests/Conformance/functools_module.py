# functools: reduce, partial, wraps, lru_cache and cache, cmp_to_key.
from functools import reduce, partial, wraps, lru_cache, cache, cmp_to_key
import functools
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + b, [], 100), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)


def power(base, exponent, scale=1):
    return scale * base ** exponent


square = partial(power, exponent=2)
cube_scaled = partial(power, exponent=3, scale=10)
print(square(5), cube_scaled(2), square(3, scale=-1), partial(power, 2)(10), square.func is power, square.args, square.keywords)


def logged(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"{fn.__name__}{args} = {result}")
        return result
    return inner


@logged
def add(a, b):
    "Add two numbers."
    return a + b


add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__.__name__)
calls = 0


@lru_cache(maxsize=None)
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), calls, fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@lru_cache(maxsize=2)
def ident(x):
    print("computing", x)
    return x


for v in [1, 2, 1, 3, 1, 2]:
    ident(v)
print(ident.cache_info())


@cache
def slow_square(n):
    print("computing square", n)
    return n * n


print(slow_square(4), slow_square(4), slow_square(5))


class Circle:
    def __init__(self, r):
        self.r = r

    @lru_cache
    def area(self):
        print("area computed")
        return 3 * self.r * self.r


c = Circle(2)
print(c.area(), c.area())


def compare_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


print(sorted(["pear", "fig", "apple", "kiwi", "date"], key=cmp_to_key(compare_len_then_alpha)))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
