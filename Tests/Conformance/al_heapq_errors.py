# A priority-queue wrapper over heapq and the errors heapq raises when it
# is misused (empty heap, wrong container type, incomparable items).
import heapq


class PQ:
    def __init__(self):
        self.h = []

    def push(self, prio, item):
        heapq.heappush(self.h, (prio, item))

    def pop(self):
        return heapq.heappop(self.h)


q = PQ()
for p, it in [(3, "c"), (1, "a"), (2, "b")]:
    q.push(p, it)
print([q.pop() for _ in range(3)])
cases = [(heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)), (heapq.heappush, ((), 1)),
         (heapq.heapify, ((3, 1),)), (heapq.heappushpop, ([], 5)), (heapq.heappush, ([1, 2], "a"))]
for f, args in cases:
    try:
        print(f.__name__, f(*args))
    except (IndexError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    q.pop()
except IndexError as e:
    print("empty queue:", e)
