# String matching: KMP failure function, Z-function, naive search,
# Rabin-Karp rolling hash (own hash, not hash()), compared with str.find.

def failure(p):
    f = [0] * len(p)
    k = 0
    for i in range(1, len(p)):
        while k and p[i] != p[k]:
            k = f[k - 1]
        if p[i] == p[k]:
            k += 1
        f[i] = k
    return f


def kmp_all(text, p):
    if not p:
        return list(range(len(text) + 1))
    f = failure(p)
    out, k = [], 0
    for i, ch in enumerate(text):
        while k and ch != p[k]:
            k = f[k - 1]
        if ch == p[k]:
            k += 1
        if k == len(p):
            out.append(i - k + 1)
            k = f[k - 1]
    return out


def z_function(s):
    n = len(s)
    z = [0] * n
    l = r = 0
    for i in range(1, n):
        if i < r:
            z[i] = min(r - i, z[i - l])
        while i + z[i] < n and s[z[i]] == s[i + z[i]]:
            z[i] += 1
        if i + z[i] > r:
            l, r = i, i + z[i]
    return z


def z_search(text, p, sep="\x00"):
    z = z_function(p + sep + text)
    return [i - len(p) - 1 for i in range(len(p) + 1, len(z)) if z[i] >= len(p)]


def rabin_karp(text, p, base=256, mod=1000003):
    m = len(p)
    if m > len(text):
        return []
    hp = ht = 0
    high = pow(base, m - 1, mod)
    for i in range(m):
        hp = (hp * base + ord(p[i])) % mod
        ht = (ht * base + ord(text[i])) % mod
    out = []
    for i in range(len(text) - m + 1):
        if hp == ht and text[i:i + m] == p:
            out.append(i)
        if i + m < len(text):
            ht = ((ht - ord(text[i]) * high) * base + ord(text[i + m])) % mod
    return out


def find_all(text, p):
    out, i = [], text.find(p)
    while i != -1:
        out.append(i)
        i = text.find(p, i + 1)
    return out


for p in ["abab", "aabaaab", "abcabcabc", "aaaa", "a"]:
    print(p, failure(p), z_function(p))
text = "abababcabababcababab ababab"
for p in ["abab", "abc", "b a", "x", "ababab", text]:
    r = (kmp_all(text, p), z_search(text, p), rabin_karp(text, p), find_all(text, p))
    print(repr(p[:10]), r[0], all(x == r[0] for x in r))
print(kmp_all("aaa", ""), find_all("héllo wörld ö", "ö"), kmp_all("héllo wörld ö", "ö"))
print(rabin_karp("日本語の日本", "日本"), z_function("日本日本日"))
print(text.count("abab"), len(kmp_all(text, "abab")), "abab" in text)
