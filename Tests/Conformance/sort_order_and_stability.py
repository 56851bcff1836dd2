# list.sort: which comparisons run (counted under 64 items), stability with
# key and reverse, long inputs with runs, and the list after a raising key.
import random

class Counted:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Counted.calls += 1
        return self.v < other.v

rng = random.Random(7)
for n in (2, 3, 5, 17, 40, 63):
    data = [Counted(rng.randrange(20)) for _ in range(n)]
    Counted.calls = 0
    out = sorted(data)
    print(n, Counted.calls, [c.v for c in out] == sorted(c.v for c in data))

for n in (64, 65, 200, 1000, 5000):
    data = [(rng.randrange(50), i) for i in range(n)]
    by_key = sorted(data, key=lambda p: p[0])
    print(n, by_key == sorted(data), sorted(data, key=lambda p: p[0], reverse=True) == sorted(data, key=lambda p: (-p[0], p[1])))

runs = list(range(300)) + list(range(300, 0, -1)) + [5] * 50 + list(range(100))
print(sorted(runs) == sorted(runs, key=lambda x: x), sorted(runs)[:5], sorted(runs)[-3:])

def fail_at(limit):
    seen = []
    def key(x):
        seen.append(x)
        if len(seen) == limit:
            raise ValueError("key %d" % x)
        return -x
    return key

xs = [3, 1, 2, 9, 7]
try:
    xs.sort(key=fail_at(3))
except ValueError as e:
    print(e, xs)

class Bad:
    def __lt__(self, other):
        raise TypeError("no order")
ys = list(range(100)) + [Bad()] + list(range(50))
try:
    ys.sort()
except TypeError as e:
    print(e, len(ys), sorted(x for x in ys if isinstance(x, int)) == sorted(list(range(100)) + list(range(50))))
