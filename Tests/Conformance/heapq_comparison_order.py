# _heapq in Swift: the same __lt__ calls as CPython C heap operations, the max-heap helpers, and the resize check.
import heapq, random
random.seed(5)
calls = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        calls.append((self.v, o.v)); return self.v < o.v
xs = [K(random.randint(0, 50)) for _ in range(40)]
heapq.heapify(xs)
out = [heapq.heappop(xs).v for _ in range(10)]
heapq.heappush(xs, K(3)); heapq.heapreplace(xs, K(60)); heapq.heappushpop(xs, K(1))
print(out, len(calls), hash(tuple(calls)))
print(heapq.nlargest(5, [5, 1, 8, 3, 9, 2, 7]), heapq.nsmallest(3, [5, 1, 8, 3, 9, 2, 7]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
h = list(range(20, 0, -1)); heapq._heapify_max(h); print(h[0], heapq._heappop_max(h), heapq._heapreplace_max(h, 0), h[:5])
class Bad:
    def __lt__(self, o):
        h2.clear(); return True
h2 = [Bad(), Bad(), Bad()]
try: heapq.heappush(h2, Bad())
except RuntimeError as e: print(e)
