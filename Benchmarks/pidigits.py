# pidigits: stream decimal digits of pi with Gibbons' unbounded spigot on big integers.
# ci-size: 300
import sys


def pi_digits(count):
    # The state is the linear fractional map x -> (q*x + r) / t; each series term
    # is composed into it, and a digit is emitted once the map sends both x=3
    # and x=4 to the same integer part, i.e. the digit is settled.
    q, r, t = 1, 0, 1
    k = 0
    produced = 0
    while produced < count:
        k += 1
        k2 = 2 * k + 1
        r = (2 * q + r) * k2
        q *= k
        t *= k2
        if q > r:
            continue
        d = (3 * q + r) // t
        if d != (4 * q + r) // t:
            continue
        yield d
        produced += 1
        # Shift the emitted digit out: x -> 10 * (x - d).
        r = 10 * (r - d * t)
        q *= 10


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 7000
    line = []
    shown = 0
    for d in pi_digits(n):
        line.append(str(d))
        shown += 1
        if len(line) == 10:
            print("%s\t:%d" % ("".join(line), shown))
            line = []
    if line:
        print("%-10s\t:%d" % ("".join(line), shown))


if __name__ == "__main__":
    main()
