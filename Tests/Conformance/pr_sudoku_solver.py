# A backtracking sudoku solver with candidate sets, validation errors and solution counting.
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


class InvalidPuzzle(ValueError):
    pass


def parse(text):
    rows = [line.strip() for line in text.strip().splitlines()]
    if len(rows) != 9 or any(len(r) != 9 for r in rows):
        raise InvalidPuzzle(f"expected 9x9 grid, got {len(rows)} rows")
    grid = [[0 if ch == "." else int(ch) for ch in r] for r in rows]
    for r in range(9):
        for c in range(9):
            v = grid[r][c]
            if v:
                grid[r][c] = 0
                if v not in candidates(grid, r, c):
                    raise InvalidPuzzle(f"conflict at row {r + 1}, col {c + 1}: {v}")
                grid[r][c] = v
    return grid


def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return set(range(1, 10)) - used


def solve(grid, stats, limit=1):
    best = None
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                cand = candidates(grid, r, c)
                if best is None or len(cand) < len(best[2]):
                    best = (r, c, cand)
    if best is None:
        stats["solutions"] += 1
        return stats["solutions"] >= limit
    r, c, cand = best
    for v in sorted(cand):
        stats["guesses"] += 1
        grid[r][c] = v
        if solve(grid, stats, limit):
            return True
        grid[r][c] = 0
    return False


def show(grid):
    for r, row in enumerate(grid):
        if r and r % 3 == 0:
            print("------+-------+------")
        print(" | ".join(" ".join(str(v or ".") for v in row[i:i + 3]) for i in (0, 3, 6)))


grid = parse(PUZZLE)
stats = {"solutions": 0, "guesses": 0}
print("solved:", solve(grid, stats), stats)
show(grid)
print(all(sorted(row) == list(range(1, 10)) for row in grid))
print(all(sorted(grid[r][c] for r in range(9)) == list(range(1, 10)) for c in range(9)))

loose = PUZZLE.replace("53..7", ".....", 1).replace("6..195", "......", 1)
g2 = parse(loose)
s2 = {"solutions": 0, "guesses": 0}
solve(g2, s2, limit=3)
print("multiple solutions found:", s2["solutions"])

for bad in [PUZZLE.replace("53", "55", 1), "123\n456", PUZZLE.replace("8..79", "8..7", 1)]:
    try:
        parse(bad)
    except InvalidPuzzle as e:
        print("InvalidPuzzle:", e, isinstance(e, ValueError))
