# sorted() and list.sort(): key, reverse, stability, in-place result and errors.
data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data)
r = data.sort()
print(r, data)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
# stability: equal keys keep their input order, also with reverse=True
recs = [("b", 2), ("a", 1), ("c", 2), ("d", 1), ("e", 3)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted("hello world"), sorted({3: 1, 1: 2, 2: 3}), sorted((3, 1, 2)))
print(sorted({5, 3, 1, 4}), sorted(range(5, 0, -1)), sorted([]))
print(sorted([[2, 1], [1, 2], [1, 1, 0], [1]]))
print(sorted([3.5, 1, True, -2, 0.0]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]))
nums = [-4, 3, -1, 2, 0]
nums.sort(key=abs)
print(nums)
nums.sort(key=lambda n: (n > 0, n), reverse=True)
print(nums)
# multi-pass sort: secondary key first
people = [("amy", 30), ("bob", 25), ("cat", 30), ("dan", 25)]
people.sort(key=lambda p: p[0], reverse=True)
people.sort(key=lambda p: p[1])
print(people)
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
for thunk in [
    lambda: sorted([1, "a", 2]),
    lambda: sorted([None, None]),
    lambda: sorted(5),
    lambda: sorted([1, 2], key=1),
    lambda: sorted([1, 2], 1),
    lambda: [3, 1].sort(reverse=None),
    lambda: [3, 1].sort(lambda x: x),
    lambda: sorted([{}, {}]),
    lambda: sorted([1, 2], cmp=None),
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
# key function raising propagates
def bad_key(x):
    if x == 3:
        raise ValueError("no threes")
    return x
try:
    sorted([1, 2, 3, 4], key=bad_key)
except ValueError as e:
    print("ValueError", e)
xs = [3, 2, 1]
try:
    xs.sort(key=bad_key)
except ValueError as e:
    print("after failed sort:", sorted(xs))
