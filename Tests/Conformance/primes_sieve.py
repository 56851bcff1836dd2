# A sieve over a list of booleans.
def primes(limit):
    flags = [True] * 0 + []
    i = 0
    while i <= limit:
        flags.append(i >= 2)
        i += 1
    p = 2
    while p * p <= limit:
        if flags[p]:
            m = p * p
            while m <= limit:
                flags[m] = False
                m += p
        p += 1
    result = []
    for n in range(limit + 1):
        if flags[n]:
            result.append(n)
    return result

ps = primes(200)
print(len(ps), ps[-1], sum(ps), max(ps), min(ps), [0] * 3, [1, 2] + [3], 2 * ["ab"])
print(ps)
