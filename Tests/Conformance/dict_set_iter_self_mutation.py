# Containers updated from themselves, reversed dict views and exhausted table iterators: none may see a size-change error.
s = {1, 2, 3}; s -= s; print(s)
s = {1, 2, 3}; s.difference_update(s); print(s)
s = {1, 2, 3}; s ^= s; print(s)
s = {1, 2, 3}; s.symmetric_difference_update(s); print(s)
s = {1, 2, 3}; s |= s; print(s)
s = {1, 2, 3}; s &= s; print(s)
s = {1, 2, 3}; s.update(s); print(s)
s = {1, 2, 3}; s.intersection_update(s); print(s)
d = {1: 2}; d.update(d); print(d)
d = {1: 2}; d |= d; print(d)
d = {1: 2, 3: 4}; d.update(d.items()); print(d)
l = [1, 2]; l.extend({1: 1}); print(l)
s = {1, 2}; print(s.issubset(s), s.isdisjoint(s), s == set(s), sorted(s.union(s)))
d = dict.fromkeys(range(5)); print(list(d.items())[:2], list(reversed(d.values())), type(reversed(d.items())).__name__)
it = iter({1: 2}); print(list(it)); 
d = {1: 1}
it = iter(d); next(it) if False else None
print(list(it)); d[2] = 2; print(list(it))
s = {1}
it = iter(s); s.add(2)
for _ in range(2):
    try: next(it)
    except RuntimeError as e: print(e)
from collections import OrderedDict, Counter, defaultdict
o = OrderedDict(a=1, b=2); print(list(reversed(o)), list(o.items()))
c = Counter("abcab"); print(sorted(c.elements()))
dd = defaultdict(int, x=1)
for k in dd: dd[k] += 1
print(dd)
