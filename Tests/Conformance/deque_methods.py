# deque index/count/remove/insert/reverse/copy, item deletion and their errors.
from collections import deque
d = deque([1, 2, 3, 2])
print(d.index(2), d.count(2), d[1], d[-1])
d.remove(2); print(d)
d.insert(1, 9); print(d)
del d[0]; print(d)
d.reverse(); print(d, d.copy(), d.copy() is d)
d[0] = 7; print(d)
for bad in [lambda: d[10], lambda: d.remove(42), lambda: d.index(42), lambda: d["x"], lambda: deque([1], maxlen=1).insert(0, 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
