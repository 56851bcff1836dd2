# collections: defaultdict, Counter, OrderedDict, deque.
from collections import defaultdict, Counter, OrderedDict, deque

groups = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    groups[word[0]].append(word)
print(groups, dict(groups), groups["z"], len(groups), isinstance(groups, dict))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts.get("q"), "q" in counts)
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
c = Counter("abracadabra")
print(c, c["a"], c["zzz"], c.most_common(2), c.total(), sorted(c.elements()))
c.update("aab")
c.subtract({"a": 1})
print(c, Counter({"x": 2, "y": 5}).most_common(), Counter(), Counter(a=3, b=1))
od = OrderedDict([("one", 1), ("two", 2)])
od["three"] = 3
od.move_to_end("one")
print(od, list(od), od.popitem(), od.popitem(last=False), od)
od.move_to_end("two", last=False)
print(OrderedDict(), od == {"two": 2})
q = deque([1, 2, 3])
q.append(4)
q.appendleft(0)
print(q, q.pop(), q.popleft(), q, len(q), 2 in q, q[0], q[-1])
q.extend([7, 8])
q.extendleft("ab")
q.rotate(2)
print(q, list(q), bool(deque()), deque(range(10), maxlen=3))
bounded = deque(maxlen=2)
for i in range(5):
    bounded.append(i)
print(bounded, bounded.maxlen, q == deque(list(q)))
try:
    deque().popleft()
except IndexError as e:
    print("IndexError:", e)
