# A* on a small grid with Manhattan heuristic (deterministic tie-breaking),
# compared with BFS; unreachable goal; rendering the path.
import heapq
from collections import deque

GRID = [
    "S....#....",
    ".##..#.##.",
    ".#...#..#.",
    ".#.###..#.",
    ".#......#G",
    "...##.###.",
]


def find(ch):
    for r, row in enumerate(GRID):
        c = row.find(ch)
        if c >= 0:
            return (r, c)
    raise LookupError("no %r on grid" % ch)


def neighbors(grid, pos):
    r, c = pos
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#":
            yield (nr, nc)


def astar(grid, start, goal):
    h = lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    counter = 0
    open_heap = [(h(start), 0, counter, start)]
    came = {start: None}
    g = {start: 0}
    expanded = 0
    while open_heap:
        f, cost, _, cur = heapq.heappop(open_heap)
        if cost > g[cur]:
            continue
        expanded += 1
        if cur == goal:
            path = []
            while cur is not None:
                path.append(cur)
                cur = came[cur]
            return path[::-1], expanded
        for nb in neighbors(grid, cur):
            ng = cost + 1
            if ng < g.get(nb, float("inf")):
                g[nb] = ng
                came[nb] = cur
                counter += 1
                heapq.heappush(open_heap, (ng + h(nb), ng, counter, nb))
    return None, expanded


def bfs_len(grid, start, goal):
    dist = {start: 0}
    q = deque([start])
    while q:
        cur = q.popleft()
        for nb in neighbors(grid, cur):
            if nb not in dist:
                dist[nb] = dist[cur] + 1
                q.append(nb)
    return dist.get(goal), len(dist)


start, goal = find("S"), find("G")
print("start", start, "goal", goal)
path, expanded = astar(GRID, start, goal)
print("A* length", len(path) - 1, "expanded", expanded)
print("BFS (length, reachable):", bfs_len(GRID, start, goal))
rows = [list(r) for r in GRID]
for r, c in path[1:-1]:
    rows[r][c] = "*"
print("\n".join("".join(r) for r in rows))
print(path[:5], "...", path[-3:])

blocked = [r.replace(".#G", "##G") if "G" in r else r for r in GRID]
blocked[5] = blocked[5][:9] + "#"
print("\n".join(blocked[3:]))
print(astar(blocked, start, goal))
print(bfs_len(blocked, start, goal))
try:
    find("X")
except LookupError as e:
    print(type(e).__name__, e)
