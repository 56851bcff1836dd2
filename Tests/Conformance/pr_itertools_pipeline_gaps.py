# Generator pipelines built on itertools.groupby, tee and filterfalse: run-length encoding, grouping sorted records.
import itertools


def rle(text):
    return [(ch, len(list(group))) for ch, group in itertools.groupby(text)]


print(rle("aaabccddddde"), rle(""))
records = [("fruit", "apple"), ("fruit", "pear"), ("veg", "kale"), ("fruit", "fig"), ("veg", "leek")]
records.sort(key=lambda r: r[0])
for kind, group in itertools.groupby(records, key=lambda r: r[0]):
    print(kind, [name for _, name in group])
print([(k, len(list(g))) for k, g in itertools.groupby(range(10), key=lambda x: x // 4)])


def naturals():
    n = 0
    while True:
        yield n
        n += 1


a, b = itertools.tee(naturals())
print(list(itertools.islice(a, 3)), list(itertools.islice(b, 5)), next(a))
evens = itertools.filterfalse(lambda n: n % 2, naturals())
print(list(itertools.islice(evens, 5)))
lines = ["ok", "", "ok again", "  ", "end"]
print(list(itertools.filterfalse(str.strip, lines)), list(itertools.filterfalse(None, [0, 1, "", "x"])))
