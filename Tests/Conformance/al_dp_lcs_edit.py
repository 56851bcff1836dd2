# Longest common subsequence / substring and edit distance with backtracking.

def lcs(a, b):
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            if a[i - 1] == b[j - 1]:
                dp[i][j] = dp[i - 1][j - 1] + 1
            else:
                dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])
    out = []
    i, j = m, n
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1])
            i -= 1
            j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    out.reverse()
    return dp[m][n], "".join(out) if isinstance(a, str) else out


def longest_common_substring(a, b):
    best, end = 0, 0
    prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best:
                    best, end = cur[j], i
        prev = cur
    return a[end - best:end]


def edit_distance(a, b):
    m, n = len(a), len(b)
    d = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m + 1):
        d[i][0] = i
    for j in range(n + 1):
        d[0][j] = j
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
    ops = []
    i, j = m, n
    while i > 0 or j > 0:
        if i > 0 and j > 0 and d[i][j] == d[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            if a[i - 1] != b[j - 1]:
                ops.append("sub %s->%s" % (a[i - 1], b[j - 1]))
            i, j = i - 1, j - 1
        elif i > 0 and d[i][j] == d[i - 1][j] + 1:
            ops.append("del %s" % a[i - 1])
            i -= 1
        else:
            ops.append("ins %s" % b[j - 1])
            j -= 1
    return d[m][n], ops[::-1]


pairs = [("ABCBDAB", "BDCABA"), ("kitten", "sitting"), ("flaw", "lawn"),
         ("", "abc"), ("same", "same"), ("intention", "execution"), ("AGGTAB", "GXTXAYB")]
for a, b in pairs:
    print(repr(a), repr(b), "lcs=%s" % (lcs(a, b),), "substr=%r" % longest_common_substring(a, b))
    dist, ops = edit_distance(a, b)
    print("   edit distance", dist, ops)

print(lcs([1, 3, 4, 1, 2, 1, 3], [3, 4, 1, 2, 1, 3]))
print(edit_distance(("a", "b"), ("b",)))
try:
    lcs("abc", [1, 2])
    "".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)


def closest(word, vocab):
    scored = sorted((edit_distance(word, v)[0], v) for v in vocab)
    return scored[:3]


vocab = ["apple", "apply", "ample", "maple", "angle", "ape", "applet"]
for w in ["appel", "mapel", "aple"]:
    print(w, closest(w, vocab))
