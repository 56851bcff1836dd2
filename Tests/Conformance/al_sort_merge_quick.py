# Hand-written merge sort and quicksort, with stability and comparison counts.

def merge_sort(xs, key=lambda v: v, stats=None):
    if len(xs) <= 1:
        return list(xs)
    mid = len(xs) // 2
    left = merge_sort(xs[:mid], key, stats)
    right = merge_sort(xs[mid:], key, stats)
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if stats is not None:
            stats["cmp"] += 1
        if key(right[j]) < key(left[i]):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def quicksort(xs, lo=0, hi=None, depth=0, trace=None):
    if hi is None:
        hi = len(xs) - 1
    if lo >= hi:
        return xs
    pivot = xs[(lo + hi) // 2]
    i, j = lo, hi
    while i <= j:
        while xs[i] < pivot:
            i += 1
        while xs[j] > pivot:
            j -= 1
        if i <= j:
            xs[i], xs[j] = xs[j], xs[i]
            i += 1
            j -= 1
    if trace is not None:
        trace.append((depth, lo, hi, pivot))
    quicksort(xs, lo, j, depth + 1, trace)
    quicksort(xs, i, hi, depth + 1, trace)
    return xs


data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0, 27]
stats = {"cmp": 0}
print("merge:", merge_sort(data, stats=stats), "comparisons:", stats["cmp"])
print("original untouched:", data)
print("matches sorted():", merge_sort(data) == sorted(data))

pairs = [("b", 2), ("a", 1), ("c", 2), ("d", 1), ("e", 3), ("f", 2)]
print("stable by number:", merge_sort(pairs, key=lambda p: p[1]))
print("builtin stable:  ", sorted(pairs, key=lambda p: p[1]))

trace = []
q = quicksort(list(data), trace=trace)
print("quick:", q)
for step in trace[:6]:
    print("  depth=%d lo=%d hi=%d pivot=%r" % step)
print("partitions:", len(trace))

words = "pear apple fig banana kiwi cherry date".split()
print(quicksort(list(words)))
print(merge_sort(words, key=len))
print(merge_sort([]), quicksort([]), merge_sort([1]), quicksort([7]))
print(quicksort([2.5, -1.0, 2.5, 0.0, -0.0]))

try:
    quicksort([3, "a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    merge_sort([1, None, 2])
except TypeError as e:
    print(type(e).__name__, e)
