# A spell checker: Damerau-Levenshtein distance, suggestions ranked by distance and word frequency.
from collections import Counter
from functools import lru_cache

TEXT = """the quick brown fox jumps over the lazy dog the dog barks and the fox runs
quick thinking saves the day
the programmer writes code and the compiler checks the code for errors quickly"""

VOCAB = Counter(TEXT.split())


def distance(a, b, limit=None):
    """Optimal string alignment distance (adjacent transpositions count once)."""
    if limit is not None and abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2 = None
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if limit is not None and min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


@lru_cache(maxsize=64)
def suggest(word, max_dist=2, n=3):
    scored = []
    for cand, freq in VOCAB.items():
        if cand[0] not in word[:2] and word[0] not in cand[:2]:
            continue  # cheap prefilter: typos rarely touch both of the first two letters
        d = distance(word, cand, max_dist)
        if d <= max_dist:
            scored.append((d, -freq, cand))
    return tuple(c for _, _, c in sorted(scored)[:n])


def check(sentence):
    report = []
    for pos, raw in enumerate(sentence.split()):
        word = raw.strip(".,!?").lower()
        if not word or word in VOCAB:
            continue
        report.append((pos, word, suggest(word)))
    return report


def autocorrect(sentence):
    out = []
    for raw in sentence.split():
        core = raw.strip(".,!?")
        tail = raw[len(core):]
        low = core.lower()
        if low in VOCAB or not low:
            out.append(raw)
            continue
        options = suggest(low)
        fixed = options[0] if options else low
        if core[:1].isupper():
            fixed = fixed.capitalize()
        out.append(fixed + tail)
    return " ".join(out)


pairs = [("kitten", "sitting"), ("teh", "the"), ("", "abc"), ("flaw", "lawn"), ("ca", "abc"),
         ("compiler", "compiler"), ("quikc", "quick"), ("dgo", "dog")]
for a, b in pairs:
    print(f"{a!r:>10} ~ {b!r:<10} = {distance(a, b)} (limit 1: {distance(a, b, 1)})")
print("vocab:", len(VOCAB), "words; top:", VOCAB.most_common(4))
for sentence in ["Teh quikc brwn fox jumsp ovr the lazzy dgo.",
                 "The compilr chekcs teh cdoe for erors!"]:
    for pos, word, sug in check(sentence):
        print(f"  word {pos} {word!r:<10} -> {list(sug)}")
    print(" ", autocorrect(sentence))
print(suggest("teh"), suggest("xq", max_dist=1), check("Zyxw qwerty the"))
