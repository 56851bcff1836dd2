# list(), tuple(), sorted(), enumerate(), zip(), sum/min/max over sequences.
print(list("abc"), list(range(4)), list((1, 2)), list(), tuple([1, 2]), tuple("hi"), tuple())
print(sorted([3, 1, 2]), sorted("tiercel"), sorted([2.5, -1, 10 ** 20, 0]), sorted([]), sorted((5, 5, 1)))
for i, ch in enumerate("xyz"):
    print(i, ch)
for i, v in enumerate([10, 20], 1):
    print(i, v)
for a, b in zip([1, 2, 3], "ab"):
    print(a, b)
print(list(zip(range(3), range(10, 13))), list(enumerate(())), sum([1, 2, 3]), sum([0.5, 0.25], 1))
print(min([4, 2, 8]), max("hello"), min(3, 1, 2), max(2.5, 1))
pairs = sorted([(2, "b"), (1, "z"), (2, "a")])
print(pairs)
