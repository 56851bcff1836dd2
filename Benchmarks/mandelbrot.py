# mandelbrot: count grid points of [-1.5,0.5]x[-1,1] that stay bounded for 50 iterations.
# ci-size: 60
import sys

MAX_ITER = 50


def row_count(ci, n):
    inside = 0
    for x in range(n):
        cr = -1.5 + 2.0 * x / n
        zr = zi = 0.0
        for _ in range(MAX_ITER):
            zr2 = zr * zr
            zi2 = zi * zi
            # |z| > 2 compared squared, to avoid a square root per step.
            if zr2 + zi2 > 4.0:
                break
            zi = 2.0 * zr * zi + ci
            zr = zr2 - zi2 + cr
        else:
            inside += 1
    return inside


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 700
    total = 0
    weighted = 0
    for y in range(n):
        count = row_count(-1.0 + 2.0 * y / n, n)
        total += count
        # Weighting by row index makes a result shifted or mirrored by one row show up.
        weighted += (y + 1) * count
    print(total)
    print(weighted)


if __name__ == "__main__":
    main()
