# collections.deque: maxlen eviction, rotate, extendleft, pop/popleft, indexing, repr and error messages.
from collections import deque
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = deque(range(5), maxlen=5)
d.append(5)
d.appendleft(-1)
print(d, d.maxlen, len(d))
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d[0], d[-1], 4 in d, d[2])
d.extend([10, 11])
d.extendleft("ab")
print(d, d.pop(), d.popleft(), list(reversed(d)))
print(d, deque(), deque("xyz", maxlen=2), deque([1, 2]) == deque([1, 2]))
show(lambda: deque().pop())
show(lambda: deque().popleft())
show(lambda: deque([], maxlen=-1))

