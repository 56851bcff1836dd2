# Binary search variants: exact, lower/upper bound, rotated array, answer search.
import math

def find(a, target):
    lo, hi = 0, len(a) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] == target:
            return mid, steps
        if a[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps


def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def upper_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def search_rotated(a, t):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == t:
            return mid
        if a[lo] <= a[mid]:
            if a[lo] <= t < a[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if a[mid] < t <= a[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1


def isqrt(n):
    if n < 0:
        raise ValueError("isqrt of negative number %d" % n)
    lo, hi = 0, n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo


def float_root(f, lo, hi, iters=60):
    for _ in range(iters):
        mid = (lo + hi) / 2
        if f(mid) > 0:
            hi = mid
        else:
            lo = mid
    return lo


a = [1, 3, 3, 3, 5, 8, 13, 21, 34, 55]
for t in [1, 3, 4, 55, 0, 100, 21]:
    print(t, find(a, t), lower_bound(a, t), upper_bound(a, t), "count", upper_bound(a, t) - lower_bound(a, t))
rot = [15, 18, 22, 3, 4, 7, 9, 11]
print([search_rotated(rot, t) for t in [15, 3, 11, 22, 10, 18, 2]])
for n in [0, 1, 15, 16, 17, 10**20, 2**127 - 1]:
    print("isqrt", n, isqrt(n))
try:
    isqrt(-9)
except ValueError as e:
    print(type(e).__name__, e)
print("cube root of 10: %.10f" % float_root(lambda x: x ** 3 - 10, 0.0, 10.0))
print("cos(x)=x: %.12f" % float_root(lambda x: x - math.cos(x), 0.0, 1.0))
print(find([], 5), lower_bound([], 5), upper_bound(["a", "c"], "b"))
