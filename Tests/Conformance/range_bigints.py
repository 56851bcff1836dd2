# range() with ints beyond 2**63: len overflow, indexing, slicing, membership,
# islice iteration, reversed, repr, equality, count/index, and related errors.
import itertools

BIG = 2 ** 64
HUGE = 10 ** 30
r = range(BIG, BIG + 10)
print(repr(r), len(r), r[0], r[-1], r[3], r.start, r.stop, r.step)
print(BIG + 5 in r, BIG + 10 in r, 5 in r, float(BIG) in r, list(r[2:5]), r[::4])
print(list(itertools.islice(r, 3)), list(reversed(r))[:2], sum(r) - 10 * BIG)
print(r.count(BIG + 1), r.count(BIG + 99), r.index(BIG + 7), r[-10] == BIG)

h = range(HUGE)
print(repr(h), h[0], h[-1], h[HUGE // 2], HUGE - 1 in h, HUGE in h, -1 in h)
try:
    len(h)
except OverflowError as e:
    print(type(e).__name__, e)
print(h.stop - h.start, bool(h), bool(range(HUGE, HUGE)), h.index(12345), h.count(HUGE - 1))
print(list(itertools.islice(h, 4)), next(iter(reversed(h))), repr(h[HUGE - 3:]))
print(repr(h[::HUGE // 4]), list(h[::HUGE // 4]), repr(h[-5:-2]), list(h[-5:-2]))
print(repr(h[::-1]), h[::-1][0], repr(h[10 ** 29:10 ** 29 + 2]))

s = range(-HUGE, HUGE, 3 * 10 ** 28)
print(repr(s), len(s), s[1], s[-1], list(itertools.islice(reversed(s), 2)))
print(0 in s, -HUGE + 6 * 10 ** 28 in s, s.index(-HUGE + 9 * 10 ** 28))
neg = range(BIG, -BIG, -BIG // 2)
print(list(neg), len(neg), neg[-1], -BIG in neg)
print(range(BIG, BIG + 3) == range(BIG, BIG + 3, 1), range(BIG, BIG) == range(0),
      range(HUGE, HUGE + 1, 7) == range(HUGE, HUGE + 5, 9), range(BIG) == range(BIG + 1))
print(hash(range(BIG, BIG + 2)) == hash(range(BIG, BIG + 2, 1)))
for label, fn in [("index big", lambda: h[HUGE]), ("index neg", lambda: h[-HUGE - 1]),
                  ("index missing", lambda: h.index(HUGE)), ("len 2**63", lambda: len(range(2 ** 63))),
                  ("len ok", lambda: len(range(2 ** 63 - 1))), ("float arg", lambda: range(1.0e20)),
                  ("zero step", lambda: range(0, HUGE, 0)), ("str index", lambda: h["1"]),
                  ("len 2 items", lambda: len(range(-HUGE, HUGE, HUGE)))]:
    try:
        print(label, fn())
    except (OverflowError, IndexError, ValueError, TypeError) as e:
        print(label, type(e).__name__, e)
print(list(zip(range(BIG, BIG + 3), "abc")), max(range(BIG, BIG + 4)), min(range(HUGE, HUGE + 9)))
print(sorted(range(BIG + 3, BIG, -1))[0] - BIG, [x % 7 for x in range(BIG, BIG + 5)])
