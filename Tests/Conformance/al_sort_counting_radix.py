# Counting sort, LSD radix sort, bucket sort, and sorting strings by radix.

def counting_sort(xs):
    if not xs:
        return []
    lo, hi = min(xs), max(xs)
    counts = [0] * (hi - lo + 1)
    for x in xs:
        counts[x - lo] += 1
    print("  counts:", counts)
    out = []
    for offset, c in enumerate(counts):
        out.extend([offset + lo] * c)
    return out


def radix_sort(xs, base=10):
    xs = list(xs)
    if not xs:
        return xs
    if min(xs) < 0:
        raise ValueError("radix_sort needs non-negative ints, got %d" % min(xs))
    place = 1
    biggest = max(xs)
    while place <= biggest:
        buckets = [[] for _ in range(base)]
        for x in xs:
            buckets[(x // place) % base].append(x)
        xs = [x for b in buckets for x in b]
        print("  place %d:" % place, xs)
        place *= base
    return xs


def bucket_sort(fs, n=4):
    buckets = [[] for _ in range(n)]
    for f in fs:
        idx = min(int(f * n), n - 1)
        buckets[idx].append(f)
    for i, b in enumerate(buckets):
        b.sort()
        print("  bucket %d: %s" % (i, ", ".join("%.2f" % v for v in b)))
    return [v for b in buckets for v in b]


def string_radix(words):
    width = max(len(w) for w in words)
    for pos in range(width - 1, -1, -1):
        words = sorted(words, key=lambda w: w[pos] if pos < len(w) else "")
    return words


print(counting_sort([4, 2, -1, 2, 0, 4, 4, -1, 3]))
print(counting_sort([7]), counting_sort([]))
print(radix_sort([170, 45, 75, 90, 802, 24, 2, 66]))
print(radix_sort([5, 1, 4, 2, 3], base=2))
print(radix_sort([2**70, 3, 2**65 + 1, 12345678901234567890], base=1 << 5))
try:
    radix_sort([3, -4, 1])
except ValueError as e:
    print(type(e).__name__, e)
print(bucket_sort([0.78, 0.17, 0.39, 0.26, 0.72, 0.94, 0.21, 0.12, 0.23, 0.68, 1.0]))
print(string_radix(["dab", "cab", "fad", "bad", "dad", "ebb", "ace", "add", "fee", "bee", "a", "ab"]))
try:
    counting_sort([1, 2.5])
except TypeError as e:
    print(type(e).__name__, e)
