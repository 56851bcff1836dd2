# collections.Counter: most_common ordering with ties, missing keys, subtract/update, elements, total, equality.
from collections import Counter
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = Counter("aabbbcdd")
b = Counter({"a": 1, "b": 5, "e": 2})
print(a.most_common(), a.most_common(1), a.most_common(0), Counter("zyx").most_common(), b.most_common(2))
print(a["missing"], "missing" in a, a.get("missing"), sorted(a.items()), len(a))
c = Counter(cats=4, dogs=8)
c.subtract({"cats": 10})
c.update({"dogs": 1})
c.update(["fish", "fish"])
print(c, sorted(c.elements()), c.total(), list(c), dict(c))
del c["fish"]
print(c, Counter("hello") == Counter("olleh"), Counter(a=1) == Counter(a=2))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(3), Counter(len(w) for w in words), sum(Counter(words).values()))

