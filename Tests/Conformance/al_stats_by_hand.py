# Descriptive statistics written by hand: mean, median, mode(s), variance,
# standard deviation, percentiles (linear interpolation), z-scores,
# correlation and least-squares regression, histogram bins.
import math

data = [23, 29, 20, 32, 23, 21, 33, 25, 23, 29, 31, 26, 22, 40, 29]


def mean(xs):
    if not xs:
        raise ValueError("mean of empty data")
    return sum(xs) / len(xs)


def median(xs):
    s = sorted(xs)
    n = len(s)
    if n == 0:
        raise ValueError("median of empty data")
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2


def modes(xs):
    counts = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    top = max(counts.values())
    return sorted(k for k, v in counts.items() if v == top), top


def variance(xs, sample=True):
    m = mean(xs)
    ss = sum((x - m) ** 2 for x in xs)
    d = len(xs) - 1 if sample else len(xs)
    if d <= 0:
        raise ZeroDivisionError("variance needs at least two points")
    return ss / d


def percentile(xs, p):
    s = sorted(xs)
    k = (len(s) - 1) * p / 100
    lo, hi = math.floor(k), math.ceil(k)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


print("n=%d mean=%.4f median=%s modes=%s" % (len(data), mean(data), median(data), modes(data)))
print("var=%.4f pvar=%.4f sd=%.4f" % (variance(data), variance(data, False), math.sqrt(variance(data))))
print("quartiles", [percentile(data, p) for p in (0, 25, 50, 75, 100)], "p90 %.2f" % percentile(data, 90))
q1, q3 = percentile(data, 25), percentile(data, 75)
iqr = q3 - q1
print("iqr", iqr, "outliers", [x for x in data if x < q1 - 1.5 * iqr or x > q3 + 1.5 * iqr])
m, sd = mean(data), math.sqrt(variance(data))
print("z", ["%+.2f" % ((x - m) / sd) for x in data[:6]])
print(median([4, 1, 3, 2]), median([5]), modes([1, 1, 2, 2, 3]), mean([1.5, 2.5]))
for bad in (mean, median):
    try:
        bad([])
    except ValueError as e:
        print(type(e).__name__, e)
try:
    variance([3])
except ZeroDivisionError as e:
    print(type(e).__name__, e)

xs = [1, 2, 3, 4, 5, 6, 7, 8]
ys = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2, 13.8, 16.1]
mx, my = mean(xs), mean(ys)
sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
sxx = sum((x - mx) ** 2 for x in xs)
syy = sum((y - my) ** 2 for y in ys)
slope = sxy / sxx
intercept = my - slope * mx
r = sxy / math.sqrt(sxx * syy)
print("y = %.4fx + %.4f  r=%.6f r2=%.6f" % (slope, intercept, r, r * r))
print("residuals", ["%.3f" % (y - (slope * x + intercept)) for x, y in zip(xs, ys)])
print("predict x=10: %.3f" % (slope * 10 + intercept))
lo, hi, nbins = min(data), max(data), 5
width = (hi - lo) / nbins
bins = [0] * nbins
for x in data:
    bins[min(int((x - lo) / width), nbins - 1)] += 1
for i, c in enumerate(bins):
    print("[%5.1f, %5.1f%s %s" % (lo + i * width, lo + (i + 1) * width, "]" if i == nbins - 1 else ")", "#" * c))
