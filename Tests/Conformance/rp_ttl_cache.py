# An LRU cache with per-entry time-to-live, driven by a fake clock, wrapped as a decorator.
from collections import OrderedDict
import functools


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def advance(self, seconds):
        self.now += seconds
        return self.now

    def __call__(self):
        return self.now


class TTLCache:
    _MISSING = object()

    def __init__(self, capacity, ttl, clock):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity, self.ttl, self.clock = capacity, ttl, clock
        self.data = OrderedDict()
        self.stats = {"hits": 0, "misses": 0, "expired": 0, "evicted": 0}

    def get(self, key, default=None):
        entry = self.data.get(key, self._MISSING)
        if entry is self._MISSING:
            self.stats["misses"] += 1
            return default
        value, expires = entry
        if self.clock() >= expires:
            del self.data[key]
            self.stats["expired"] += 1
            self.stats["misses"] += 1
            return default
        self.data.move_to_end(key)
        self.stats["hits"] += 1
        return value

    def put(self, key, value, ttl=None):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = (value, self.clock() + (self.ttl if ttl is None else ttl))
        while len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            self.stats["evicted"] += 1
            print(f"    evict {old!r}")

    def purge(self):
        now = self.clock()
        dead = [k for k, (_, exp) in self.data.items() if now >= exp]
        for k in dead:
            del self.data[k]
        return dead

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data and self.clock() < self.data[key][1]

    def __repr__(self):
        now = self.clock()
        items = ", ".join(f"{k}={v}(+{exp - now:g})" for k, (v, exp) in self.data.items())
        return f"<TTLCache {len(self)}/{self.capacity} [{items}]>"


def cached(cache):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            hit = cache.get(args, TTLCache._MISSING)
            if hit is not TTLCache._MISSING:
                return hit
            result = fn(*args)
            cache.put(args, result)
            return result
        wrapper.cache = cache
        return wrapper
    return decorate


clock = FakeClock()
c = TTLCache(3, ttl=10, clock=clock)
script = [("put", "a", 1), ("put", "b", 2), ("get", "a"), ("tick", 4), ("put", "c", 3),
          ("put", "d", 4), ("get", "b"), ("get", "a"), ("tick", 7), ("get", "a"),
          ("get", "c"), ("put", "e", 5, 1), ("tick", 1.5), ("get", "e"), ("purge",),
          ("put", "c", 30), ("tick", 20), ("purge",)]
for step in script:
    op, *args = step
    if op == "put":
        c.put(*args)
        out = None
    elif op == "get":
        out = c.get(args[0], "<miss>")
    elif op == "tick":
        out = clock.advance(args[0])
    else:
        out = c.purge()
    print(f"t={clock():>5.1f} {op:<5} {str(args):<16} -> {out!r:<10} {c!r}")
print(c.stats, len(c), "d" in c)

calls = []


@cached(TTLCache(2, ttl=5, clock=clock))
def slow_square(n):
    """Pretend this is expensive."""
    calls.append(n)
    return n * n


for n, dt in [(3, 0), (3, 1), (4, 0), (5, 0), (3, 0), (4, 6), (4, 0)]:
    clock.advance(dt)
    print(f"slow_square({n}) = {slow_square(n)}")
print("computed:", calls, slow_square.__name__, slow_square.__doc__, slow_square.cache.stats)
try:
    TTLCache(0, 1, clock)
except ValueError as e:
    print("ValueError:", e)
