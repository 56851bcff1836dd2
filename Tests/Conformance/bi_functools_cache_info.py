# functools: cache_info() returns a CacheInfo namedtuple; nested partial objects are flattened; reduce() error message.
import functools
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
@functools.lru_cache(maxsize=2)
def slow(n):
    return n * n
print([slow(n) for n in [1, 2, 1, 3, 1, 2]])
show(lambda: slow.cache_info())
show(lambda: type(slow.cache_info()).__name__)
show(lambda: (slow.cache_info().hits, slow.cache_info().misses, tuple(slow.cache_info())))
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib(30)
show(lambda: (fib.cache_info().misses, fib.cache_info().hits, fib.cache_info().maxsize))
def power(base, exp, *, mod=None):
    return pow(base, exp, mod) if mod else base ** exp
nested = functools.partial(functools.partial(power, 3), exp=4)
show(lambda: (nested(), nested.args, nested.keywords, nested.func is power))
p = functools.partial(functools.partial(pow, 3), 4)
show(lambda: (p(), p.args, p.func))
show(lambda: functools.reduce(lambda a, b: a + b, 5))
