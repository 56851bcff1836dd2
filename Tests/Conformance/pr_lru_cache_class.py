# An LRU cache class with a hand-built doubly linked list plus dict, stats, eviction callbacks and a decorator.
class Node:
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity, on_evict=None):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0
        self.on_evict = on_evict

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.prev, node.next = self.head, self.head.next
        self.head.next.prev = node
        self.head.next = node

    def __getitem__(self, key):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            raise KeyError(key)
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __setitem__(self, key, value):
        if key in self.map:
            node = self.map[key]
            node.value = value
            self._unlink(node)
        else:
            if len(self.map) >= self.capacity:
                lru = self.tail.prev
                self._unlink(lru)
                del self.map[lru.key]
                if self.on_evict:
                    self.on_evict(lru.key, lru.value)
            node = Node(key, value)
            self.map[key] = node
        self._push_front(node)

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def __iter__(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next

    def __repr__(self):
        return "LRU[" + ", ".join(f"{k}={self.map[k].value}" for k in self) + "]"


evicted = []
c = LRUCache(3, on_evict=lambda k, v: evicted.append((k, v)))
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c[k] = v
print(c, len(c))
print(c["a"], c)
c["d"] = 4
print(c, evicted)
c["c"] = 30
c["e"] = 5
print(c, evicted, "b" in c, "c" in c)
print(c.get("zz", "miss"), c.get("d"), c.hits, c.misses)
try:
    c["nope"]
except KeyError as e:
    print("KeyError:", e)
print(list(c), list(reversed(list(c))))
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)


def lru(capacity):
    def deco(fn):
        cache = LRUCache(capacity)

        def wrapper(*args):
            if args in cache:
                return cache[args]
            result = fn(*args)
            cache[args] = result
            return result

        wrapper.cache = cache
        return wrapper
    return deco


@lru(100)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(16, 16), len(paths.cache), paths.cache.hits)
small = LRUCache(2)
for i in range(10):
    small[i % 3] = i
print(small, small.hits, small.misses)
