# Anagram grouping (sorted-letter keys and letter-count keys), anagram
# search with a sliding window, and word-ladder style letter diffs.
from collections import Counter, defaultdict

words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac",
         "tinsel", "banana", "inlets", "dog", "god", "odg", "Listen"]


def group_sorted(ws):
    groups = defaultdict(list)
    for w in ws:
        groups["".join(sorted(w.lower()))].append(w)
    return groups


def count_key(w):
    counts = [0] * 26
    for ch in w.lower():
        counts[ord(ch) - ord("a")] += 1
    return tuple(counts)


g = group_sorted(words)
for key in sorted(g):
    print(key, g[key])
by_count = defaultdict(list)
for w in words:
    by_count[count_key(w)].append(w)
print(sorted(sorted(v) for v in by_count.values() if len(v) > 1))
print(len(g) == len(by_count))


def find_anagrams(s, p):
    need = Counter(p)
    window = Counter(s[:len(p)])
    out = [0] if window == need else []
    for i in range(len(p), len(s)):
        window[s[i]] += 1
        old = s[i - len(p)]
        window[old] -= 1
        if window[old] == 0:
            del window[old]
        if window == need:
            out.append(i - len(p) + 1)
    return out


print(find_anagrams("cbaebabacd", "abc"), find_anagrams("abab", "ab"), find_anagrams("aaa", "b"))


def is_anagram(a, b):
    return Counter(a.replace(" ", "").lower()) == Counter(b.replace(" ", "").lower())


for a, b in [("Dormitory", "dirty room"), ("The eyes", "They see"), ("hello", "world"), ("", "")]:
    print(repr(a), repr(b), is_anagram(a, b))
diff = Counter("mississippi")
diff.subtract("misp")
print(sorted(diff.items()), sorted(k for k, v in diff.items() if v > 0))
print(Counter("mississippi").most_common(2))
try:
    count_key("naïve")
except IndexError as e:
    print(type(e).__name__, e)
