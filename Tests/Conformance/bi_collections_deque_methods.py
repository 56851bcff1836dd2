# collections.deque methods index/count/insert/remove/reverse/copy and their errors; out-of-range index message.
from collections import deque
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = deque([1, 2, 3, 2, 4], maxlen=6)
show(lambda: (d.index(2), d.index(2, 2), d.count(2), d.count(9)))
show(lambda: (d.insert(1, "ins"), d))
show(lambda: (d.remove(2), d))
show(lambda: (d.reverse(), d))
show(lambda: (d.copy(), d.copy() is d))
show(lambda: deque([1]).remove(2))
show(lambda: deque([1], maxlen=1).insert(0, 5))
show(lambda: deque([1]).index(7))
show(lambda: deque([1])[5])
