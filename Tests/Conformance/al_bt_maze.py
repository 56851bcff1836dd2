# Maze solving: DFS backtracking that records the path, BFS shortest path,
# counting all simple paths, and maze generation with a seeded RNG.
import random
from collections import deque

MAZE = [
    "##########",
    "#S   #   #",
    "# ## # # #",
    "#  #   # #",
    "## ##### #",
    "#      # #",
    "# #### # #",
    "#    #  E#",
    "##########",
]


def locate(maze, ch):
    for r, row in enumerate(maze):
        if ch in row:
            return r, row.index(ch)
    raise ValueError("%r not in maze" % ch)


def dfs(maze, pos, goal, seen, path, counter):
    counter[0] += 1
    if pos == goal:
        return True
    r, c = pos
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nxt = (r + dr, c + dc)
        if maze[nxt[0]][nxt[1]] != "#" and nxt not in seen:
            seen.add(nxt)
            path.append(nxt)
            if dfs(maze, nxt, goal, seen, path, counter):
                return True
            path.pop()
    return False


def bfs(maze, start, goal):
    prev = {start: None}
    q = deque([start])
    while q:
        cur = q.popleft()
        if cur == goal:
            break
        r, c = cur
        for nxt in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if maze[nxt[0]][nxt[1]] != "#" and nxt not in prev:
                prev[nxt] = cur
                q.append(nxt)
    if goal not in prev:
        return None
    path, cur = [], goal
    while cur:
        path.append(cur)
        cur = prev[cur]
    return path[::-1]


def draw(maze, path):
    grid = [list(row) for row in maze]
    for r, c in path[1:-1]:
        grid[r][c] = "."
    return "\n".join("".join(row) for row in grid)


start, goal = locate(MAZE, "S"), locate(MAZE, "E")
path, counter = [start], [0]
print(dfs(MAZE, start, goal, {start}, path, counter), "dfs len", len(path) - 1, "calls", counter[0])
print(draw(MAZE, path))
sp = bfs(MAZE, start, goal)
print("bfs len", len(sp) - 1, sp[:4])
print(draw(MAZE, sp))


def generate(w, h, seed):
    random.seed(seed)
    grid = [["#"] * (2 * w + 1) for _ in range(2 * h + 1)]
    stack = [(0, 0)]
    grid[1][1] = " "
    seen = {(0, 0)}
    while stack:
        x, y = stack[-1]
        opts = [(x + dx, y + dy, dx, dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))
                if 0 <= x + dx < w and 0 <= y + dy < h and (x + dx, y + dy) not in seen]
        if not opts:
            stack.pop()
            continue
        nx, ny, dx, dy = random.choice(opts)
        grid[2 * y + 1 + dy][2 * x + 1 + dx] = " "
        grid[2 * ny + 1][2 * nx + 1] = " "
        seen.add((nx, ny))
        stack.append((nx, ny))
    grid[1][1], grid[2 * h - 1][2 * w - 1] = "S", "E"
    return ["".join(r) for r in grid]


m = generate(6, 4, seed=3)
print("\n".join(m))
p2 = bfs(m, locate(m, "S"), locate(m, "E"))
print("generated maze path", len(p2) - 1)
print(draw(m, p2))
walled = [row.replace("E", "#") for row in MAZE]
walled[7] = walled[7][:7] + "#E#"
print(bfs(walled, start, goal))
try:
    locate(MAZE, "X")
except ValueError as e:
    print(type(e).__name__, e)
