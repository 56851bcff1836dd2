# Monte Carlo with fixed seeds: estimating pi, the birthday problem,
# dice-sum distribution, integration, and a bootstrap confidence interval.
import math
import random

random.seed(42)
rng = random
inside = 0
for i in range(1, 401):
    x, y = rng.random(), rng.random()
    if x * x + y * y <= 1.0:
        inside += 1
    if i % 100 == 0:
        print("n=%d pi~%.5f" % (i, 4 * inside / i))


def birthday_trial(n, rng):
    seen = set()
    for _ in range(n):
        d = rng.randrange(365)
        if d in seen:
            return True
        seen.add(d)
    return False


random.seed(1)
rng = random
for n in [10, 23, 40]:
    hits = sum(birthday_trial(n, rng) for _ in range(60))
    exact = 1 - math.prod((365 - k) / 365 for k in range(n))
    print("people=%d simulated=%.3f exact=%.4f" % (n, hits / 60, exact))

random.seed(99)
rng = random
counts = [0] * 13
for _ in range(300):
    counts[rng.randint(1, 6) + rng.randint(1, 6)] += 1
for total in range(2, 13):
    print("%2d %3d %s" % (total, counts[total], "#" * (counts[total] // 4)))

random.seed(5)
rng = random
samples = [rng.uniform(0, math.pi) for _ in range(200)]
est = math.pi * sum(math.sin(s) for s in samples) / len(samples)
print("integral sin 0..pi ~ %.4f (exact 2)" % est)

data = [12.1, 9.8, 11.4, 10.2, 13.7, 8.9, 10.8, 12.5, 11.1, 9.5]
random.seed(2023)
rng = random
means = sorted(sum(rng.choice(data) for _ in data) / len(data) for _ in range(100))
print("mean %.3f bootstrap 90%% CI [%.3f, %.3f]" % (sum(data) / len(data), means[5], means[94]))
print(rng.sample(range(100), 5), rng.choice("abcdef"), round(rng.gauss(0, 1), 8))
print(["%.6f" % (-math.log(1.0 - rng.random()) / 2.0) for _ in range(3)])
w = [rng.choice(["red"] * 5 + ["green"] * 3 + ["blue"] * 2) for _ in range(12)]
print(w, {c: w.count(c) for c in ("red", "green", "blue")})
