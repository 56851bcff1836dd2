s = {3, 1, 2, 100, 17, 33}
print(s, len(s), 17 in s, 4 in s, set(), frozenset([3, 1]), frozenset())
s.add(64); s.discard(1); s.add(9)
print(s, sorted(s))
a = set(range(0, 30, 3)); b = set(range(0, 30, 5))
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= a | b, a < a, {1} < {1, 2}, {1, 2} == frozenset([2, 1]), a.issubset(range(100)), a.isdisjoint({1, 2}))
print({x % 7 for x in range(50)}, set("aaa") == {"a"}, {(1, 2), (3, 4)} == {(3, 4), (1, 2)})
t = {10, 20, 30}
print(t.pop(), t.pop(), t)
u = set([5, 6, 7, 8]); u -= {6}; u |= {1}; u &= {1, 5, 7, 9}; u ^= {9, 5}
print(u, hash(frozenset()) == hash(frozenset([])), hash(frozenset([1, 2, 3])))
print(set([-1, -2, 1000000, 2**40]), {1.5, 2.5, 0.5}, {False, True, 0, 2})
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
big = set()
for i in range(0, 1000, 7): big.add(i * 31 % 1009)
print(len(big), list(big)[:10], sum(big))
for i in range(0, 1000, 14): big.discard(i * 31 % 1009)
print(len(big), list(big)[:10])
print({*[1, 2], *{3}}, set({1: 'a', 2: 'b'}), frozenset({1, 2}) | {3})
words = "the quick brown fox jumps over the lazy dog the end".split()
print(len(set(words)), sorted(set(words)), sorted({w[0] for w in words}))
seen = set()
unique = []
for n in [5, 3, 5, 1, 3, 9]:
    if n not in seen:
        seen.add(n)
        unique.append(n)
print(unique, seen, frozenset(seen) in {frozenset({1, 3, 5, 9})})
print({1, 2}.union([3], (4,)), {1, 2, 3}.intersection([2, 3, 4], {3}), {1, 2, 3}.difference({1}, [2]))
print({1, 2}.symmetric_difference([2, 3]), {1, 2} >= {1}, {1} > {1}, set() == set(), {1, 2} != {2, 1})
try:
    {1} < [1]
except TypeError as e:
    print("TypeError:", e)
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError:", e)
try:
    frozenset([1]).add(2)
except AttributeError as e:
    print("AttributeError:", e)
