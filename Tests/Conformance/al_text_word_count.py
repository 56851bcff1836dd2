# Word frequency analysis with collections.Counter: tokenising by hand,
# stop words, most_common with deterministic ties, bigrams, and a histogram.
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

STOP = {"it", "was", "the", "of", "a", "and"}


def tokenize(text):
    words, cur = [], []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            cur.append(ch)
        elif cur:
            words.append("".join(cur))
            cur = []
    if cur:
        words.append("".join(cur))
    return words


words = tokenize(TEXT)
print(len(words), words[:12])
counts = Counter(words)
print(counts.most_common(5))
content = Counter(w for w in words if w not in STOP)
ranked = sorted(content.items(), key=lambda kv: (-kv[1], kv[0]))
print(ranked[:8])
print("unique:", len(counts), "content unique:", len(content), "total content:", sum(content.values()))
print("times" in counts, counts["times"], counts["missing"], "missing" in counts)

bigrams = Counter(zip(words, words[1:]))
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
lengths = Counter(len(w) for w in words)
for n in sorted(lengths):
    print("%2d | %-20s %d" % (n, "*" * lengths[n], lengths[n]))
letters = Counter(ch for ch in TEXT.lower() if ch.isalpha())
print("".join(ch for ch, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:10]))

c = Counter(a=3, b=1)
c.update("aab")
c.update({"z": 2})
print(sorted(c.items()), c.total(), sorted(c.elements())[:6])
c.subtract({"a": 10})
print(c["a"], sorted(k for k, v in c.items() if v > 0))
first_seen = {}
for i, w in enumerate(words):
    first_seen.setdefault(w, i)
print(sorted(first_seen.items(), key=lambda kv: kv[1])[:6])
try:
    Counter(5)
except TypeError as e:
    print(type(e).__name__, e)
