# n-queens: count every placement of n non-attacking queens by backtracking with generators.
# ci-size: 8
import sys


def placements(n, row=0, cols=frozenset(), diag=frozenset(), anti=frozenset()):
    # Yields each solution as a tuple of column indices, one per row; the three
    # sets hold columns and both diagonal directions already under attack.
    if row == n:
        yield ()
        return
    for col in range(n):
        if col in cols or row - col in diag or row + col in anti:
            continue
        for rest in placements(n, row + 1, cols | {col}, diag | {row - col}, anti | {row + col}):
            yield (col,) + rest


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    count = 0
    first = None
    for solution in placements(n):
        if first is None:
            first = solution
        count += 1
    print("%d-queens: %d solutions" % (n, count))
    # The first solution found pins down the search order, not just the total.
    print("first: %s" % (first,))


if __name__ == "__main__":
    main()
