# Backtracking generators: permutations (with duplicates skipped), subsets,
# combinations summing to a target, balanced parentheses, and checking the
# results against itertools.
import itertools


def permutations(items):
    items = sorted(items)
    used = [False] * len(items)
    cur = []

    def go():
        if len(cur) == len(items):
            yield tuple(cur)
            return
        for i, x in enumerate(items):
            if used[i] or (i and items[i] == items[i - 1] and not used[i - 1]):
                continue
            used[i] = True
            cur.append(x)
            yield from go()
            cur.pop()
            used[i] = False

    return list(go())


def subsets(items):
    out = []

    def go(i, cur):
        if i == len(items):
            out.append(list(cur))
            return
        go(i + 1, cur)
        cur.append(items[i])
        go(i + 1, cur)
        cur.pop()

    go(0, [])
    return out


def combination_sum(cands, target, reuse=True):
    cands = sorted(cands)
    res = []

    def go(start, remaining, path):
        if remaining == 0:
            res.append(path[:])
            return
        for i in range(start, len(cands)):
            c = cands[i]
            if c > remaining:
                break
            if not reuse and i > start and c == cands[i - 1]:
                continue
            path.append(c)
            go(i if reuse else i + 1, remaining - c, path)
            path.pop()

    go(0, target, [])
    return res


def parens(n):
    def go(s, open_, close):
        if len(s) == 2 * n:
            yield s
            return
        if open_ < n:
            yield from go(s + "(", open_ + 1, close)
        if close < open_:
            yield from go(s + ")", open_, close + 1)
    return list(go("", 0, 0))


p = permutations("abc")
print(p, p == list(itertools.permutations("abc")))
print(permutations([1, 1, 2]), len(permutations("aabb")), len(set(itertools.permutations("aabb"))))
s = subsets([1, 2, 3])
print(s, len(subsets(list(range(6)))))
print(sorted(map(sorted, s)) == sorted(list(c) for r in range(4) for c in itertools.combinations([1, 2, 3], r)))
print(combination_sum([2, 3, 6, 7], 7), combination_sum([2, 3, 5], 8))
print(combination_sum([10, 1, 2, 7, 6, 1, 5], 8, reuse=False), combination_sum([3], 2))
print(parens(3), len(parens(5)))
print(list(itertools.product("ab", repeat=2)), len(list(itertools.combinations_with_replacement(range(4), 2))))
