# Palindromes: normalisation, longest palindromic substring (expand around
# centre and Manacher), palindrome partitioning, next palindrome number.

def normalize(s):
    return "".join(ch.lower() for ch in s if ch.isalnum())


def is_pal(s):
    t = normalize(s)
    return t == t[::-1]


def longest_expand(s):
    best = ""
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, center // 2 + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best


def manacher(s):
    t = "^#" + "#".join(s) + "#$"
    p = [0] * len(t)
    c = r = 0
    for i in range(1, len(t) - 1):
        if i < r:
            p[i] = min(r - i, p[2 * c - i])
        while t[i + 1 + p[i]] == t[i - 1 - p[i]]:
            p[i] += 1
        if i + p[i] > r:
            c, r = i, i + p[i]
    k = max(range(len(p)), key=lambda i: (p[i], -i))
    start = (k - p[k]) // 2
    return s[start:start + p[k]], p[2:-2:2]


def partitions(s):
    if not s:
        return [[]]
    out = []
    for i in range(1, len(s) + 1):
        head = s[:i]
        if head == head[::-1]:
            for rest in partitions(s[i:]):
                out.append([head] + rest)
    return out


def next_palindrome(n):
    n += 1
    while str(n) != str(n)[::-1]:
        n += 1
    return n


for s in ["A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon", "Was it a car or a cat I saw?", "ab"]:
    print(repr(s), is_pal(s), repr(normalize(s)))
for s in ["babad", "cbbd", "forgeeksskeegfor", "a", "abacdfgdcaba", "aaaa"]:
    print(s, repr(longest_expand(s)), manacher(s))
print(partitions("aab"))
print(len(partitions("abbaab")), partitions("abba")[-1])
print([next_palindrome(n) for n in [0, 9, 10, 99, 123, 808, 1991, 12921]])
print(next_palindrome(10**18), is_pal(str(2**64)), str(12321 ** 2))
