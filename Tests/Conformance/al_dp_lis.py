# Longest increasing subsequence: O(n^2) DP, patience sorting with bisect,
# plus longest palindromic subsequence and maximum subarray (Kadane).
import bisect


def lis_quadratic(a):
    n = len(a)
    if n == 0:
        return []
    length = [1] * n
    prev = [-1] * n
    for i in range(n):
        for j in range(i):
            if a[j] < a[i] and length[j] + 1 > length[i]:
                length[i] = length[j] + 1
                prev[i] = j
    k = max(range(n), key=lambda i: length[i])
    out = []
    while k != -1:
        out.append(a[k])
        k = prev[k]
    return out[::-1]


def lis_patience(a):
    tails = []
    tails_idx = []
    parent = [-1] * len(a)
    for i, x in enumerate(a):
        pos = bisect.bisect_left(tails, x)
        if pos == len(tails):
            tails.append(x)
            tails_idx.append(i)
        else:
            tails[pos] = x
            tails_idx[pos] = i
        parent[i] = tails_idx[pos - 1] if pos > 0 else -1
        print("   x=%3d piles=%s" % (x, tails))
    out = []
    k = tails_idx[-1] if tails_idx else -1
    while k != -1:
        out.append(a[k])
        k = parent[k]
    return out[::-1]


def longest_palindromic_subseq(s):
    n = len(s)
    dp = [[0] * n for _ in range(n)]
    for i in range(n - 1, -1, -1):
        dp[i][i] = 1
        for j in range(i + 1, n):
            if s[i] == s[j]:
                dp[i][j] = dp[i + 1][j - 1] + 2
            else:
                dp[i][j] = max(dp[i + 1][j], dp[i][j - 1])
    return dp[0][n - 1] if n else 0


def kadane(a):
    best = cur = a[0]
    start = best_start = best_end = 0
    for i in range(1, len(a)):
        if cur < 0:
            cur, start = a[i], i
        else:
            cur += a[i]
        if cur > best:
            best, best_start, best_end = cur, start, i
    return best, a[best_start:best_end + 1]


seq = [10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20]
print("quadratic:", lis_quadratic(seq))
print("patience:", lis_patience(seq))
print(lis_quadratic([5, 4, 3]), lis_quadratic([]), lis_quadratic([1, 1, 1]))
print(lis_patience([3, 1, 2]))
for s in ["bbbab", "cbbd", "character", "a", ""]:
    print(repr(s), longest_palindromic_subseq(s))
print(kadane([-2, 1, -3, 4, -1, 2, 1, -5, 4]))
print(kadane([-3, -1, -2]))
print(kadane([2.5, -1.0, 3.25]))
try:
    kadane([])
except IndexError as e:
    print(type(e).__name__, e)
