# chaos: the chaos game for a Barnsley-style fern, one new Point object per step.
# ci-size: 20000
import random
import sys

GRID = 16


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class AffineMap:
    # (x, y) -> (a*x + b*y + e, c*x + d*y + f)
    def __init__(self, a, b, c, d, e, f):
        self.a = a
        self.b = b
        self.c = c
        self.d = d
        self.e = e
        self.f = f

    def apply(self, p):
        return Point(self.a * p.x + self.b * p.y + self.e,
                     self.c * p.x + self.d * p.y + self.f)


# Cumulative probability thresholds paired with the map to use below each one.
MAPS = [
    (0.01, AffineMap(0.0, 0.0, 0.0, 0.16, 0.0, 0.0)),
    (0.86, AffineMap(0.85, 0.04, -0.04, 0.85, 0.0, 1.6)),
    (0.93, AffineMap(0.2, -0.26, 0.23, 0.22, 0.0, 1.6)),
    (1.00, AffineMap(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44)),
]

# The fern lies inside this box, so every point lands in some grid cell.
X_MIN, X_MAX = -2.75, 2.75
Y_MIN, Y_MAX = 0.0, 10.5


def pick(rng):
    u = rng.random()
    for threshold, m in MAPS:
        if u < threshold:
            return m
    return MAPS[-1][1]


def cell(p):
    gx = int((p.x - X_MIN) / (X_MAX - X_MIN) * GRID)
    gy = int((p.y - Y_MIN) / (Y_MAX - Y_MIN) * GRID)
    return min(max(gx, 0), GRID - 1), min(max(gy, 0), GRID - 1)


def run(steps, seed):
    rng = random.Random(seed)
    counts = [[0] * GRID for _ in range(GRID)]
    p = Point(0.0, 0.0)
    for _ in range(steps):
        p = pick(rng).apply(p)
        gx, gy = cell(p)
        counts[gy][gx] += 1
    return counts, p


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 1500000
    counts, p = run(steps, 1234)
    checksum = 0
    for gy, row in enumerate(counts):
        for gx, c in enumerate(row):
            # Distinct weights per cell so that moving hits between cells changes the sum.
            checksum += (gy * GRID + gx + 1) * c
    print(checksum)
    print("%.6f %.6f" % (p.x, p.y))


if __name__ == "__main__":
    main()
