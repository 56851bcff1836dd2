# sorted() and list.sort(): key=, reverse=, stability (also with reverse), multi-key sorts and error messages.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

people = [("ann", 31, "NY"), ("bob", 25, "LA"), ("cy", 31, "LA"), ("dee", 25, "NY"), ("eve", 40, "LA"), ("fay", 31, "NY")]
print([p[0] for p in sorted(people, key=lambda p: p[1])])
print([p[0] for p in sorted(people, key=lambda p: p[1], reverse=True)])
print([p[0] for p in sorted(people, key=lambda p: p[2])])
by_city = sorted(people, key=lambda p: p[2])
by_city_then_age = sorted(by_city, key=lambda p: p[1])
print([p[0] for p in by_city_then_age])
print([p[0] for p in sorted(people, key=lambda p: (p[2], -p[1], p[0]))])
print(sorted(["b", "A", "c", "B", "a"]), sorted(["b", "A", "c", "B", "a"], key=str.lower), sorted("Banana", key=str.upper))
print(sorted([3, -1, 2, -3, 1], key=abs), sorted([3, -1, 2, -3, 1], key=abs, reverse=True), sorted([1, 2, 3], reverse=False))
print(sorted([0.5, -1, 2, True, False]), sorted([[2, 1], [1, 2], [1], []]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted({"x": 2, "y": 1, "a": 3}), sorted({"x": 2, "y": 1, "a": 3}.items(), key=lambda kv: kv[1]))
print(sorted(range(10), key=lambda n: n % 3), sorted(range(10), key=lambda n: n % 3, reverse=True))
print(sorted([]), sorted(()), sorted(""), sorted({5, 3, 9}), sorted(x * x for x in range(-3, 4)))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
xs = [5, 2, 8, 2, 9]
res = xs.sort()
print(res, xs)
xs.sort(reverse=True)
print(xs)
xs.sort(key=lambda v: -v, reverse=True)
print(xs)
calls = []
def key(v):
    calls.append(v)
    return v
sorted([3, 1, 2], key=key)
print(calls)

show(lambda: sorted([1, "a"]))
show(lambda: sorted([None, None]))
show(lambda: sorted(5))
show(lambda: sorted([1, 2], 5))
show(lambda: sorted([1, 2], key=5))
show(lambda: sorted([{1}, {2}]))
show(lambda: sorted([{"a": 1}, {"b": 2}]))
show(lambda: sorted())
lst = [3, 1, 2]
show(lambda: lst.sort(key=lambda v: 1 / (v - 2)))
print(lst)
