# Memoisation: a hand-written memoize decorator with hit/miss stats and
# functools.wraps, an LRU variant with an OrderedDict, unhashable arguments,
# and functools.lru_cache / cache on recursive functions.
import functools
from collections import OrderedDict


def memoize(fn):
    cache = {}
    stats = {"hits": 0, "misses": 0}

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key in cache:
            stats["hits"] += 1
            return cache[key]
        stats["misses"] += 1
        result = cache[key] = fn(*args, **kwargs)
        return result

    wrapper.stats = stats
    wrapper.cache = cache
    wrapper.clear = lambda: (cache.clear(), stats.update(hits=0, misses=0))
    return wrapper


@memoize
def fib(n):
    """Return the n-th Fibonacci number."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.stats, len(fib.cache))
print(fib(31), fib.stats)
print(fib.__name__, fib.__doc__, fib.__wrapped__(10) == 55, fib.stats)
fib.clear()
print(fib.stats, len(fib.cache))


@memoize
def grid_paths(r, c, *, blocked=()):
    if (r, c) in blocked:
        return 0
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c, blocked=blocked) + grid_paths(r, c - 1, blocked=blocked)


print(grid_paths(8, 8), grid_paths(8, 8, blocked=((4, 4), (2, 6))), grid_paths.stats)
try:
    grid_paths(2, 2, blocked=[(1, 1)])
except TypeError as e:
    print(type(e).__name__, e)


def lru(maxsize):
    def deco(fn):
        cache = OrderedDict()

        @functools.wraps(fn)
        def wrapper(x):
            if x in cache:
                cache.move_to_end(x)
                return cache[x]
            val = cache[x] = fn(x)
            if len(cache) > maxsize:
                evicted = cache.popitem(last=False)
                print("   evict", evicted)
            return val

        wrapper.keys = lambda: list(cache)
        return wrapper
    return deco


@lru(3)
def square(x):
    print("   compute", x)
    return x * x


for v in [1, 2, 3, 1, 4, 2, 5, 1]:
    print("square(%d) = %d" % (v, square(v)))
print(square.keys())


@functools.lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print([partitions(n, n) for n in range(12)], partitions(60, 60))
print(partitions.cache_info())
partitions.cache_clear()
print(partitions.cache_info())


@functools.cache
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


print(max(range(1, 200), key=collatz_len), collatz_len(27))
