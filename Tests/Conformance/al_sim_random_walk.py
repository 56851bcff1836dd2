# Random walks with a fixed seed: 1-D walk statistics, 2-D lattice walk,
# gambler's ruin, and a self-avoiding walk attempt.
import random

random.seed(12345)
pos = 0
path = [pos]
for _ in range(40):
    pos += random.choice((-1, 1))
    path.append(pos)
print(path)
print("final", pos, "max", max(path), "min", min(path), "returns to 0:", path[1:].count(0))

random.seed(7)
rng = random
x = y = 0
visits = {}
moves = {"N": (0, 1), "S": (0, -1), "E": (1, 0), "W": (-1, 0)}
trail = []
for step in range(30):
    d = rng.choice("NSEW")
    dx, dy = moves[d]
    x, y = x + dx, y + dy
    trail.append(d)
    visits[(x, y)] = visits.get((x, y), 0) + 1
print("".join(trail), (x, y), "distinct cells", len(visits))
print("most visited", max(sorted(visits.items()), key=lambda kv: kv[1]))
print("manhattan %d euclid %.4f" % (abs(x) + abs(y), (x * x + y * y) ** 0.5))


def gamblers_ruin(start, goal, p, rng, limit=500):
    money, steps = start, 0
    while 0 < money < goal and steps < limit:
        money += 1 if rng.random() < p else -1
        steps += 1
    return money, steps


random.seed(2024)
rng = random
results = [gamblers_ruin(5, 10, 0.5, rng) for _ in range(12)]
print(results)
print("wins", sum(1 for m, _ in results if m == 10), "ruined", sum(1 for m, _ in results if m == 0))


def self_avoiding(n, rng):
    x = y = 0
    seen = {(0, 0)}
    for i in range(n):
        options = [(x + dx, y + dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))
                   if (x + dx, y + dy) not in seen]
        if not options:
            return i, (x, y)
        x, y = rng.choice(options)
        seen.add((x, y))
    return n, (x, y)


for seed in range(5):
    random.seed(seed)
    print("saw seed", seed, self_avoiding(25, random))
random.seed(12345)
again = [0]
for _ in range(40):
    again.append(again[-1] + random.choice((-1, 1)))
print("reproducible:", again == path)
print([round(random.uniform(-1, 1), 6) for _ in range(4)], random.randint(1, 6), random.randrange(0, 100, 5))
