# fannkuch-redux: pancake-flip counts over every permutation of 1..n (max flips and checksum).
# ci-size: 7
import sys


def fannkuch(n):
    perm1 = list(range(n))
    # count[i] drives the rotation-based enumeration: it says how many more
    # rotations of the first i+1 elements remain before moving to the next level.
    count = list(range(1, n + 1))
    max_flips = 0
    checksum = 0
    parity = 1
    while True:
        first = perm1[0]
        if first:
            perm = perm1[:]
            flips = 0
            while first:
                # Reverse the prefix whose length is given by the first element.
                perm[:first + 1] = perm[first::-1]
                flips += 1
                first = perm[0]
            if flips > max_flips:
                max_flips = flips
            checksum += flips * parity
        parity = -parity

        i = 1
        while True:
            if i >= n:
                return checksum, max_flips
            # Rotate the first i+1 elements left by one.
            perm1.insert(i, perm1.pop(0))
            count[i] -= 1
            if count[i] > 0:
                break
            count[i] = i + 1
            i += 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    checksum, max_flips = fannkuch(n)
    print(checksum)
    print("Pfannkuchen(%d) = %d" % (n, max_flips))


if __name__ == "__main__":
    main()
