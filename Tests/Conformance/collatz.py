# Collatz lengths: ints, while loops, dict caching.
cache = {1: 1}
def length(n):
    steps = 0
    m = n
    while m not in cache:
        if m % 2 == 0:
            m = m // 2
        else:
            m = 3 * m + 1
        steps += 1
    total = steps + cache[m]
    cache[n] = total
    return total

best = 0
best_n = 0
for n in range(1, 3000):
    l = length(n)
    if l > best:
        best = l
        best_n = n
print(best_n, best, len(cache))
