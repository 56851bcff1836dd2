# itertools.groupby: consecutive grouping, key functions, sorted-then-grouped,
# run-length encoding, and the shared underlying iterator.
from itertools import groupby

print([(k, list(g)) for k, g in groupby("aaabccdaa")])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
print([k for k, _ in groupby("")], list(groupby([])))

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print([(k, list(g)) for k, g in groupby(words, key=lambda w: w[0])])
print([(k, list(g)) for k, g in groupby(sorted(words), key=lambda w: w[0])])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda n: n // 3)])
print([(k, list(g)) for k, g in groupby([1, 3, 5, 2, 4, 7, 9], key=lambda n: n % 2 == 0)])


def rle(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))


def unrle(s):
    out, num = [], ""
    for isdigit, grp in groupby(s, key=str.isdigit):
        text = "".join(grp)
        if isdigit:
            num = text
        else:
            out.append(text[0] * int(num))
            out.append(text[1:])
    return "".join(out)


enc = rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")
print(enc, len(unrle(enc)))

groups = groupby("aabbbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print([(k, list(g)) for k, g in groups])

records = [("2024-01", 5), ("2024-01", 7), ("2024-02", 1), ("2024-03", 4), ("2024-03", 6)]
totals = {month: sum(v for _, v in rows) for month, rows in groupby(records, key=lambda r: r[0])}
print(totals)
saved = [(k, list(g)) for k, g in groupby([{"t": "x", "v": 1}, {"t": "x", "v": 2}, {"t": "y", "v": 3}], key=lambda d: d["t"])]
print(saved)
gb = groupby([1, 2])
print(iter(gb) is gb, type(gb).__name__)
try:
    list(groupby(5))
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(groupby([1, "a", 2], key=lambda x: x + 1))
except TypeError as e:
    print(type(e).__name__, e)
