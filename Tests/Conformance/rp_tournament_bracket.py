# A seeded single-elimination bracket with byes, deterministic match results and round-robin standings.
import random


class Team:
    def __init__(self, name, rating):
        self.name, self.rating = name, rating
        self.wins = self.losses = 0

    def __repr__(self):
        return f"{self.name}({self.rating})"


def seed_order(n):
    """Standard bracket order for n (a power of two) seeds: 1 v n, then the halves."""
    order = [1]
    while len(order) < n:
        size = len(order) * 2
        order = [x for s in order for x in (s, size + 1 - s)]
    return order


def play(a, b, rng_roll):
    if b is None:
        return a, "bye"
    # higher rating wins unless the roll favours an upset
    edge = (a.rating - b.rating) / 400
    p_a = 1 / (1 + 10 ** -edge)
    winner, loser = (a, b) if rng_roll < p_a else (b, a)
    winner.wins += 1
    loser.losses += 1
    return winner, f"{p_a:.0%}"


def bracket(teams):
    ranked = sorted(teams, key=lambda t: (-t.rating, t.name))
    size = 1
    while size < len(ranked):
        size *= 2
    slots = [ranked[s - 1] if s <= len(ranked) else None for s in seed_order(size)]
    round_no = 1
    while len(slots) > 1:
        label = {2: "Final", 4: "Semifinals", 8: "Quarterfinals"}.get(len(slots), f"Round {round_no}")
        print(f"-- {label} --")
        nxt = []
        for a, b in zip(slots[::2], slots[1::2]):
            if a is None:
                a, b = b, a
            winner, note = play(a, b, random.random())
            vs = "---" if b is None else repr(b)
            print(f"   {a!r:>12} vs {vs:<12} -> {winner.name} [{note}]")
            nxt.append(winner)
        slots = nxt
        round_no += 1
    return slots[0]


random.seed(2024)
teams = [Team(n, r) for n, r in [("Hawks", 1620), ("Owls", 1500), ("Lynx", 1710), ("Bears", 1580),
                                  ("Foxes", 1450), ("Wolves", 1690)]]
print("seed order 8:", seed_order(8))
print("seed order 16:", seed_order(16))
champ = bracket(teams)
print("Champion:", champ)
print(sorted(((t.name, t.wins, t.losses) for t in teams), key=lambda x: (-x[1], x[2], x[0])))


def round_robin(names):
    names = list(names)
    if len(names) % 2:
        names.append(None)
    n = len(names)
    for r in range(n - 1):
        pairs = [(names[i], names[n - 1 - i]) for i in range(n // 2)]
        yield r + 1, [p for p in pairs if None not in p]
        names = [names[0], names[-1]] + names[1:-1]


points = {t.name: 0 for t in teams}
goals = {t.name: [0, 0] for t in teams}
for rnd, pairs in round_robin(t.name for t in teams[:5]):
    results = []
    for home, away in pairs:
        hg, ag = random.randint(0, 4), random.randint(0, 3)
        goals[home][0] += hg; goals[home][1] += ag
        goals[away][0] += ag; goals[away][1] += hg
        if hg > ag:
            points[home] += 3
        elif hg < ag:
            points[away] += 3
        else:
            points[home] += 1
            points[away] += 1
        results.append(f"{home} {hg}-{ag} {away}")
    print(f"R{rnd}: " + "; ".join(results))
table = sorted(points, key=lambda n: (-points[n], -(goals[n][0] - goals[n][1]), n))
print(f"{'team':<8}{'pts':>4}{'gf':>4}{'ga':>4}{'gd':>5}")
for name in table:
    gf, ga = goals[name]
    print(f"{name:<8}{points[name]:>4}{gf:>4}{ga:>4}{gf - ga:>+5}")
