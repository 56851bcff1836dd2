# range objects whose bounds do not fit in 64 bits.
big = 2**70
r = range(big)
print(r, r[5], r[-1], big - 1 in r, big in r, r.count(7), r.index(12345))
print(range(2**64, 2**64 + 3)[1], list(range(2**64, 2**64 + 3)), list(range(-(2**65), -(2**65) + 2)))
s = range(0, big, 2**68)
print(s, list(s), s[1:3], s[::-1], len(s), s[-2])
it = iter(range(big - 2, big + 2))
print(next(it), next(it), list(it))
print(range(big) == range(0, big, 1), range(big)[big // 2:big // 2 + 3], range(3)[0:big])
print(list(reversed(range(2**64, 2**64 + 3))), sum(range(2**64, 2**64 + 4)))
print(bool(range(big)), bool(range(big, big)), range(big, 0, -(2**69)))
try:
    len(range(big))
except OverflowError as e:
    print("OverflowError", e)
try:
    range(big)[big]
except IndexError as e:
    print("IndexError", e)
