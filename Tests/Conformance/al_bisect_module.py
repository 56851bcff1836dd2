# The bisect module: grades, insort, key= (3.10+), ranges and errors.
import bisect


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 59, 60]])

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 4), bisect.bisect_left(a, 4, lo=4, hi=6))

s = []
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(s, v)
    print("insort", v, "->", s)
t = []
for v in [3, 1, 3, 2]:
    bisect.insort_left(t, v)
    bisect.insort_right(t, v)
print(t)

records = [("alice", 31), ("bob", 25), ("carol", 40), ("dave", 25)]
by_age = sorted(records, key=lambda r: r[1])
ages = [r[1] for r in by_age]
print(by_age)
print("first age>=30:", by_age[bisect.bisect_left(ages, 30)])
print("with key:", bisect.bisect_left(by_age, 30, key=lambda r: r[1]))
bisect.insort(by_age, ("eve", 28), key=lambda r: r[1])
print(by_age)


def count_in_range(xs, lo, hi):
    return bisect.bisect_right(xs, hi) - bisect.bisect_left(xs, lo)


data = sorted([12, 5, 7, 19, 3, 7, 7, 15, 1])
print(data, count_in_range(data, 5, 12), count_in_range(data, 20, 30), count_in_range(data, 7, 7))

words = sorted("the quick brown fox jumps over the lazy dog".split())
print(words, bisect.bisect_left(words, "m"), bisect.bisect(words, "the"))

try:
    bisect.bisect_left(a, 3, -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bisect.bisect([1, 2, 3], "x")
except TypeError as e:
    print(type(e).__name__, e)
