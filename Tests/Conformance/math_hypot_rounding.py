# math.hypot over 1 to 3 random coordinates across magnitudes: results as exact hex, so every rounding shows.
import math, random
r = random.Random(3)
for i in range(600):
    n = r.randrange(1, 7)
    v = [r.uniform(-1e3, 1e3) * 10 ** r.randrange(-5, 5) for _ in range(n)]
    print(math.hypot(*v).hex())
