# A gradebook: weighted categories, dropped lowest quiz, letter grades via bisect, curves and statistics.
import bisect
from collections import namedtuple
from operator import attrgetter, itemgetter

Score = namedtuple("Score", "category name points out_of")
Result = namedtuple("Result", "student percent letter")

WEIGHTS = {"homework": 0.25, "quiz": 0.15, "midterm": 0.25, "final": 0.35}
CUTOFFS = [60, 67, 70, 73, 77, 80, 83, 87, 90, 93]
LETTERS = ["F", "D", "D+", "C-", "C", "C+", "B-", "B", "B+", "A-", "A"]


def letter(pct):
    return LETTERS[bisect.bisect_right(CUTOFFS, pct)]


def category_percent(scores, drop_lowest=False):
    if not scores:
        raise ValueError("no scores in category")
    ratios = sorted(s.points / s.out_of for s in scores)
    if drop_lowest and len(ratios) > 1:
        ratios = ratios[1:]
    return 100 * sum(ratios) / len(ratios)


def final_percent(scores):
    by_cat = {}
    for s in scores:
        if s.points > s.out_of or s.points < 0:
            raise ValueError(f"{s.name}: {s.points}/{s.out_of} is impossible")
        by_cat.setdefault(s.category, []).append(s)
    missing = [c for c in WEIGHTS if c not in by_cat]
    if missing:
        raise KeyError(f"missing categories: {', '.join(missing)}")
    return sum(w * category_percent(by_cat[c], drop_lowest=(c == "quiz")) for c, w in WEIGHTS.items())


RAW = {
    "ana": "homework hw1 9 10|homework hw2 10 10|quiz q1 4 10|quiz q2 9 10|quiz q3 8 10|midterm mid 82 100|final fin 91 100",
    "ben": "homework hw1 7 10|homework hw2 6 10|quiz q1 7 10|quiz q2 6 10|quiz q3 5 10|midterm mid 64 100|final fin 70 100",
    "cal": "homework hw1 10 10|homework hw2 10 10|quiz q1 10 10|quiz q2 10 10|midterm mid 97 100|final fin 99 100",
    "dia": "homework hw1 8 10|quiz q1 6 10|quiz q2 7 10|midterm mid 71 100|final fin 58 100",
    "eli": "homework hw1 9 10|quiz q1 8 10|final fin 88 100",
    "fox": "homework hw1 11 10|quiz q1 8 10|midterm mid 70 100|final fin 75 100",
}


def parse(text):
    out = []
    for part in text.split("|"):
        cat, name, pts, total = part.split()
        out.append(Score(cat, name, int(pts), int(total)))
    return out


results, problems = [], {}
for student, text in RAW.items():
    try:
        pct = final_percent(parse(text))
        results.append(Result(student, round(pct, 2), letter(pct)))
    except (KeyError, ValueError) as e:
        problems[student] = f"{type(e).__name__}: {e.args[0]}"

for r in sorted(results, key=attrgetter("percent"), reverse=True):
    print(f"{r.student:<5}{r.percent:>7.2f}  {r.letter:<2} {'*' * int(r.percent // 10)}")
print("problems:", problems)
pcts = [r.percent for r in results]
n = len(pcts)
mean = sum(pcts) / n
sd = (sum((p - mean) ** 2 for p in pcts) / (n - 1)) ** 0.5
ordered = sorted(pcts)
median = (ordered[n // 2] + ordered[(n - 1) // 2]) / 2
print(f"n={n} mean={mean:.2f} median={median:.2f} sd={sd:.2f} range={ordered[0]}..{ordered[-1]}")
curve = 85 - median
curved = [r._replace(percent=min(100, round(r.percent + curve, 2))) for r in results]
curved = [c._replace(letter=letter(c.percent)) for c in curved]
print(f"curve +{curve:.2f}:", [(c.student, c.percent, c.letter) for c in curved])
dist = {}
for c in curved:
    dist.setdefault(c.letter[0], []).append(c.student)
print(sorted(dist.items(), key=itemgetter(0)))
print([letter(p) for p in (0, 59.99, 60, 66.9, 70, 89.99, 90, 93, 100)])
print(results[0], results[0]._asdict() if hasattr(results[0], "_asdict") else None, Score._fields)
