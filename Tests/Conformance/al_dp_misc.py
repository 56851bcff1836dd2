# More DP: climbing stairs, grid paths with obstacles, matrix-chain order,
# integer partitions, word break, rod cutting.
from functools import lru_cache


def stairs(n, steps=(1, 2)):
    ways = [1] + [0] * n
    for i in range(1, n + 1):
        ways[i] = sum(ways[i - s] for s in steps if s <= i)
    return ways[n]


def grid_paths(grid):
    rows, cols = len(grid), len(grid[0])
    dp = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "#":
                dp[r][c] = 0
            elif r == 0 and c == 0:
                dp[r][c] = 1
            else:
                dp[r][c] = (dp[r - 1][c] if r else 0) + (dp[r][c - 1] if c else 0)
    return dp[-1][-1]


def matrix_chain(dims):
    n = len(dims) - 1

    @lru_cache(maxsize=None)
    def cost(i, j):
        if i == j:
            return 0, "M%d" % (i + 1)
        best = None
        for k in range(i, j):
            lc, ls = cost(i, k)
            rc, rs = cost(k + 1, j)
            total = lc + rc + dims[i] * dims[k + 1] * dims[j + 1]
            if best is None or total < best[0]:
                best = (total, "(%s %s)" % (ls, rs))
        return best

    return cost(0, n - 1)


def partitions(n):
    p = [1] + [0] * n
    for k in range(1, n + 1):
        for i in range(k, n + 1):
            p[i] += p[i - k]
    return p[n]


def word_break(s, words):
    ok = [None] * (len(s) + 1)
    ok[0] = []
    for i in range(1, len(s) + 1):
        for w in words:
            if i >= len(w) and ok[i - len(w)] is not None and s[i - len(w):i] == w:
                ok[i] = ok[i - len(w)] + [w]
                break
    return ok[len(s)]


def rod_cut(prices, n):
    best = [0] * (n + 1)
    cut = [0] * (n + 1)
    for i in range(1, n + 1):
        for L in range(1, min(i, len(prices)) + 1):
            if prices[L - 1] + best[i - L] > best[i]:
                best[i] = prices[L - 1] + best[i - L]
                cut[i] = L
    pieces = []
    while n:
        pieces.append(cut[n])
        n -= cut[n]
    return best[len(best) - 1], pieces


print([stairs(n) for n in range(10)], stairs(90), stairs(30, (1, 3, 5)))
g = ["....", ".#..", "...#", "#..."]
print(grid_paths(g), grid_paths(["..", ".."]), grid_paths(["." * 12] * 12))
print(matrix_chain([40, 20, 30, 10, 30]))
print(matrix_chain([10, 20, 30]), matrix_chain([5, 10]))
print([partitions(n) for n in range(15)], partitions(100))
print(word_break("applepenapple", ["apple", "pen"]))
print(word_break("catsandog", ["cats", "dog", "sand", "and", "cat"]))
print(word_break("pineapplepen", ["pine", "apple", "pen", "pineapple"]))
print(rod_cut([1, 5, 8, 9, 10, 17, 17, 20], 8), rod_cut([3, 5, 8], 7))
