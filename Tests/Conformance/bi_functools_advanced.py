# functools beyond basics: reduce with initial, partial (kwargs, nesting, attributes), lru_cache/cache_clear, cache, wraps, cmp_to_key, total_ordering.
import functools
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, range(1, 6), 10), functools.reduce(max, [3, 9, 2]))
print(functools.reduce(lambda acc, s: acc + [len(s)], ["a", "bb"], []), functools.reduce(lambda a, b: a, [], "init"), functools.reduce(lambda a, b: b, [7]))
show(lambda: functools.reduce(lambda a, b: a + b, []))
show(lambda: functools.reduce(len, [1, 2]))

def power(base, exp, *, mod=None):
    return pow(base, exp, mod) if mod else base ** exp
square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=10)
two_to = functools.partial(power, 2)
print(square(5), square(5, exp=3), cube_mod(7), two_to(10), two_to(exp=5), square.func is power, square.args, square.keywords, two_to.args)
print(functools.partial(max, key=len)(["a", "ccc", "bb"]))
show(lambda: square())
show(lambda: functools.partial(5))

calls = []
@functools.lru_cache(maxsize=2)
def slow(n):
    calls.append(n)
    return n * n
print([slow(n) for n in [1, 2, 1, 3, 1, 2]], calls)
slow.cache_clear()
print(slow(4), slow.__name__, slow.__wrapped__(5), calls[-2:])
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib(90))
@functools.lru_cache(maxsize=None)
def add(a, b=0):
    return a + b
print(add(1), add(1, 0), add(a=1), add(2, b=3))
show(lambda: slow([1]))

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return ("wrapped", fn(*a, **k))
    return wrapper
@deco
def greet(name):
    """Say hello."""
    return "hi " + name
print(greet("x"), greet.__name__, greet.__doc__, greet.__wrapped__("y"))

def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=functools.cmp_to_key(by_len_then_alpha)), max(words, key=functools.cmp_to_key(by_len_then_alpha)))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
