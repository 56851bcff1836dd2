/* mandelbrot in C: the grid, iteration and checksums of ../mandelbrot.py. */
#include <stdio.h>
#include <stdlib.h>

#define MAX_ITER 50

static long row_count(double ci, long n) {
    long inside = 0;
    for (long x = 0; x < n; x++) {
        double cr = -1.5 + 2.0 * x / n;
        double zr = 0, zi = 0;
        int escaped = 0;
        for (int k = 0; k < MAX_ITER; k++) {
            double zr2 = zr * zr, zi2 = zi * zi;
            if (zr2 + zi2 > 4.0) { escaped = 1; break; }
            zi = 2.0 * zr * zi + ci;
            zr = zr2 - zi2 + cr;
        }
        inside += !escaped;
    }
    return inside;
}

int main(int argc, char **argv) {
    long n = argc > 1 && argv[1][0] ? atol(argv[1]) : 700;
    long total = 0, weighted = 0;
    for (long y = 0; y < n; y++) {
        long count = row_count(-1.0 + 2.0 * y / n, n);
        total += count;
        weighted += (y + 1) * count;
    }
    printf("%ld\n%ld\n", total, weighted);
    return 0;
}
