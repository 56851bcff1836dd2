# Ranges at and beyond the small-int bounds: iteration, slicing, reversal, membership, hashing.
r = range(-2**46 - 5, 2**46 + 5, 2**45)
print(r, len(r), list(r), r[-1], r[1:3], list(reversed(r)))
print(2**45 - 5 in r, -2**46-5 in r, r.index(2**45 - 5 - 2**46 + 2**45), r.count(3))
s = range(10**20, 10**20 + 10, 3)
print(list(s), len(s), s[2], s[-1], s[::-1], list(s[::-1]), 10**20 + 3 in s, s.index(10**20 + 9))
print(range(0, 2**47, 2**46 - 1), list(range(0, 2**47, 2**46 - 1)), list(range(-2**47, 2**47-1, 2**47-1)))
print(hash(range(10**20, 10**20+1)) == hash(range(10**20, 10**20 + 5, 10)), range(10**20, 10**20) == range(0))
for x in range(2**50, 2**50 + 3): print(x, end=" ")
print()
import itertools
print(list(itertools.islice(range(10**30, 10**31, 7), 3)))
try: range(10**30)[10**30]
except IndexError as e: print(e)
print(range(5)[True], list(range(10**18, 10**18 + 3)), sum(range(2**47, 2**47 + 4)))
print(bool(range(10**20, 0)), max(range(2**46 - 2, 2**46 + 2)))
