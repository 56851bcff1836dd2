# set/frozenset methods and operators: union/intersection/difference/symmetric_difference, subset tests, updates, errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a.union(b, [9]), a.intersection(b, {4}), a.difference([1], (2,)), a.symmetric_difference(range(3)))
print(a <= b, {3} <= b, {3} < b, b < b, b <= b, a >= {1}, a > a, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}), a.isdisjoint(b))
s = set()
s.add(1)
s.add(1)
s.update([2, 3], (4,), range(5, 7))
s.discard(99)
s.discard(6)
s.remove(5)
print(s, len(s), 3 in s, 9 not in s)
s.intersection_update({1, 2, 3, 10})
print(s)
s.difference_update([1])
print(s)
s.symmetric_difference_update({3, 8})
print(s)
c = s.copy()
c.add(100)
print(s, c, c is s, s.pop() in {2, 8}, len(s))
s.clear()
print(s, set() == frozenset(), {1, 2} == frozenset([2, 1]), frozenset([1]) | {2}, type(frozenset([1]) | {2}).__name__, type({2} | frozenset([1])).__name__)
fs = frozenset([3, 1, 2])
print(fs, fs.union([4]), fs & {1, 9}, fs - {1}, fs ^ {1, 5}, fs.issubset({1, 2, 3}), len(fs), sorted(fs))
print({x % 3 for x in range(10)}, set("abcab") == set("cba"), len({1, 1.0, True}), {0, False, -0.0})
x = {1, 2}
x |= {3}
x &= {2, 3, 4}
x -= {9}
x ^= {5}
print(x)
show(lambda: set().pop())
show(lambda: {1}.remove(2))
show(lambda: {[1]})
show(lambda: {1}.add([2]))
show(lambda: {1} | [2])
show(lambda: {1} & "a")
show(lambda: {1} + {2})
show(lambda: {1} < [1])
show(lambda: frozenset([1]).add(2))
show(lambda: {1}.update(5))
show(lambda: {1}.union(5))
show(lambda: {1}.issubset(5))
one = {1}
show(lambda: one[0])
show(lambda: set([1, 2], [3]))
