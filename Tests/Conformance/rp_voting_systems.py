# Counting the same ranked ballots with plurality, instant runoff, Borda count and Condorcet pairwise.
from collections import Counter
from itertools import combinations

BALLOTS = (
    [("A", "B", "C", "D")] * 9 + [("B", "C", "A", "D")] * 6 + [("C", "B", "D", "A")] * 5
    + [("D", "C", "B", "A")] * 4 + [("B", "A", "C")] * 2 + [("C",)] * 1
)
CANDIDATES = sorted({c for b in BALLOTS for c in b})


class Tie(Exception):
    def __init__(self, who):
        super().__init__("tie between " + " and ".join(who))
        self.who = who


def plurality(ballots):
    counts = Counter(b[0] for b in ballots if b)
    ranking = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if len(ranking) > 1 and ranking[0][1] == ranking[1][1]:
        raise Tie([c for c, n in ranking if n == ranking[0][1]])
    return ranking[0][0], ranking


def instant_runoff(ballots, verbose=True):
    remaining = set(CANDIDATES)
    round_no = 0
    while True:
        round_no += 1
        counts = Counter({c: 0 for c in remaining})
        exhausted = 0
        for b in ballots:
            top = next((c for c in b if c in remaining), None)
            if top is None:
                exhausted += 1
            else:
                counts[top] += 1
        active = sum(counts.values())
        line = ", ".join(f"{c}={counts[c]}" for c in sorted(remaining))
        if verbose:
            print(f"  round {round_no}: {line} (exhausted {exhausted}, need >{active / 2:g})")
        leader, votes = max(sorted(counts.items()), key=lambda kv: kv[1])
        if votes * 2 > active:
            return leader
        low = min(counts.values())
        losers = sorted(c for c in remaining if counts[c] == low)
        if len(losers) == len(remaining):
            raise Tie(losers)
        remaining.discard(losers[0])


def borda(ballots):
    n = len(CANDIDATES)
    score = Counter()
    for b in ballots:
        for pos, c in enumerate(b):
            score[c] += n - 1 - pos
    return sorted(score.items(), key=lambda kv: (-kv[1], kv[0]))


def pairwise(ballots):
    wins = {}
    for x, y in combinations(CANDIDATES, 2):
        px = py = 0
        for b in ballots:
            rx = b.index(x) if x in b else len(b)
            ry = b.index(y) if y in b else len(b)
            px += rx < ry
            py += ry < rx
        wins[(x, y)] = (px, py)
    return wins


print(len(BALLOTS), "ballots for", CANDIDATES)
winner, ranking = plurality(BALLOTS)
print("plurality:", winner, ranking)
print("instant runoff:")
print("  winner:", instant_runoff(BALLOTS))
print("borda:", borda(BALLOTS))
table = pairwise(BALLOTS)
print("    " + "".join(f"{c:>6}" for c in CANDIDATES))
for x in CANDIDATES:
    cells = []
    for y in CANDIDATES:
        if x == y:
            cells.append("-")
        else:
            a, b = table[(x, y)] if (x, y) in table else table[(y, x)][::-1]
            cells.append(f"{a}:{b}")
    print(f"{x:>4}" + "".join(f"{c:>6}" for c in cells))
beats = {c: [d for d in CANDIDATES if d != c and
             (table[(c, d)][0] > table[(c, d)][1] if (c, d) in table else table[(d, c)][1] > table[(d, c)][0])]
         for c in CANDIDATES}
print("beats:", beats)
condorcet = [c for c, b in beats.items() if len(b) == len(CANDIDATES) - 1]
print("condorcet winner:", condorcet[0] if condorcet else None)
try:
    plurality([("A",), ("B",)])
except Tie as e:
    print("Tie:", e, e.who)
try:
    instant_runoff([("A", "B"), ("B", "A")], verbose=False)
except Tie as e:
    print("Tie:", e)
