# N-queens by backtracking: count solutions for small n, print the first
# board, use bitmasks for counting, and reject symmetric duplicates.

def solve(n):
    cols, diag1, diag2 = set(), set(), set()
    placement = []
    solutions = []
    calls = [0]

    def place(r):
        calls[0] += 1
        if r == n:
            solutions.append(tuple(placement))
            return
        for c in range(n):
            if c in cols or (r - c) in diag1 or (r + c) in diag2:
                continue
            cols.add(c)
            diag1.add(r - c)
            diag2.add(r + c)
            placement.append(c)
            place(r + 1)
            placement.pop()
            cols.remove(c)
            diag1.remove(r - c)
            diag2.remove(r + c)

    place(0)
    return solutions, calls[0]


def count_bits(n):
    full = (1 << n) - 1

    def go(cols, d1, d2):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | d1 | d2)
        while free:
            bit = free & -free
            free ^= bit
            total += go(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
        return total

    return go(0, 0, 0)


def board(sol):
    n = len(sol)
    return "\n".join(" ".join("Q" if c == sol[r] else "." for c in range(n)) for r in range(n))


def canonical(sol):
    n = len(sol)
    variants = []
    s = list(sol)
    for _ in range(4):
        rot = [0] * n
        for r, c in enumerate(s):
            rot[c] = n - 1 - r
        s = rot
        variants.append(tuple(s))
        variants.append(tuple(reversed(s)))
    return min(variants)


for n in range(1, 8):
    sols, calls = solve(n)
    unique = {canonical(s) for s in sols}
    print("n=%d solutions=%d bitmask=%d unique=%d calls=%d" % (n, len(sols), count_bits(n), len(unique), calls))
sols, _ = solve(6)
print(sols)
print(board(sols[0]))
print()
print(board(solve(5)[0][0]))
print(sorted({canonical(s) for s in solve(6)[0]}))
