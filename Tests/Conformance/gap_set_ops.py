# set and frozenset: operators, methods, comparisons, in-place updates and errors.
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {3, 4} < b, a >= {1}, a > a, a == {4, 3, 2, 1})
print(a.union(b, [9]), a.intersection(b, (4, 5)), a.difference(b, {1}), a.symmetric_difference([1, 7]))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([7, 8]), a.isdisjoint(b))
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
c -= {2}
c ^= {1, 5}
print(c)
c.update([20, 21], (22,))
c.intersection_update(range(21))
c.difference_update({5})
c.symmetric_difference_update({10, 30})
print(c)
f = frozenset([3, 1, 2])
print(f, f | {9}, type(f | {9}).__name__, type({9} | f).__name__, f & a, f == {1, 2, 3}, hash(f) == hash(frozenset({1, 2, 3})))
print(frozenset(), set(), frozenset(range(3)), {frozenset({1}): "k"}[frozenset([1])], f.copy() == f)
s = {5, 6}
print(s.pop() in {5, 6}, len(s), s.discard(99), s.add(6), sorted(s))
s.clear()
print(s, set("hello") == set("ohel"), len({1, 1.0, True}), {0, False, 0.0})
for thunk in [
    lambda: set().pop(),
    lambda: {1}.remove(2),
    lambda: {[1]},
    lambda: set([[1]]),
    lambda: frozenset().add(1),
    lambda: {1} + {2},
    lambda: {1} | [2],
    lambda: {1} < [1],
    lambda: set(5),
    lambda: {1}.remove([1]),
    lambda: {1}.union(5),
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
print({frozenset({1, 2}), frozenset({2, 1})}, {1, 2} in [{2, 1}], {1} in {frozenset({1})})
