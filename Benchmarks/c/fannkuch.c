/* fannkuch-redux in C: the permutation order of ../fannkuch.py (rotations
   driven by count[]), so the checksum agrees. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    int n = argc > 1 && argv[1][0] ? atoi(argv[1]) : 9;
    int perm1[32], perm[32], count[32];
    for (int i = 0; i < n; i++) { perm1[i] = i; count[i] = i + 1; }
    long checksum = 0;
    int max_flips = 0, parity = 1;
    for (;;) {
        int first = perm1[0];
        if (first) {
            memcpy(perm, perm1, sizeof(int) * n);
            int flips = 0;
            while (first) {
                for (int lo = 0, hi = first; lo < hi; lo++, hi--) {
                    int t = perm[lo]; perm[lo] = perm[hi]; perm[hi] = t;
                }
                flips++;
                first = perm[0];
            }
            if (flips > max_flips) max_flips = flips;
            checksum += flips * parity;
        }
        parity = -parity;
        int i = 1;
        for (;;) {
            if (i >= n) {
                printf("%ld\nPfannkuchen(%d) = %d\n", checksum, n, max_flips);
                return 0;
            }
            int head = perm1[0];
            for (int k = 0; k < i; k++) perm1[k] = perm1[k + 1];
            perm1[i] = head;
            if (--count[i] > 0) break;
            count[i] = i + 1;
            i++;
        }
    }
}
