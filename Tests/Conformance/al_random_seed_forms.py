# Reproducible experiments seeded with names (str/bytes) and floats, and
# random.gauss with keyword arguments.
import random

for seed in ["experiment-1", "experiment-2", b"raw-bytes", 6.5]:
    random.seed(seed)
    print(repr(seed), [random.randint(1, 100) for _ in range(5)])
random.seed("experiment-1")
a = random.random()
random.seed("experiment-1")
print(a == random.random())
random.seed(10)
print(round(random.gauss(mu=100, sigma=15), 6), random.gauss(mu=5, sigma=0))
