# Graph algorithms on a weighted graph class: BFS, iterative/recursive DFS, Dijkstra with heapq, cycle detection, topo sort.
import heapq
from collections import deque


class Graph:
    def __init__(self, directed=False):
        self.adj = {}
        self.directed = directed

    def add_edge(self, u, v, w=1):
        self.adj.setdefault(u, []).append((v, w))
        self.adj.setdefault(v, [])
        if not self.directed:
            self.adj[v].append((u, w))

    def neighbors(self, u):
        if u not in self.adj:
            raise KeyError(f"unknown node {u!r}")
        return sorted(v for v, _ in self.adj[u])

    def bfs(self, start):
        seen, order, q = {start}, [], deque([start])
        dist = {start: 0}
        while q:
            u = q.popleft()
            order.append(u)
            for v in self.neighbors(u):
                if v not in seen:
                    seen.add(v)
                    dist[v] = dist[u] + 1
                    q.append(v)
        return order, dist

    def dfs(self, start):
        seen, order, stack = set(), [], [start]
        while stack:
            u = stack.pop()
            if u in seen:
                continue
            seen.add(u)
            order.append(u)
            stack.extend(reversed(self.neighbors(u)))
        return order

    def dfs_recursive(self, u, seen=None):
        seen = [] if seen is None else seen
        seen.append(u)
        for v in self.neighbors(u):
            if v not in seen:
                self.dfs_recursive(v, seen)
        return seen

    def dijkstra(self, src, dst):
        best = {src: 0}
        prev = {}
        heap = [(0, src)]
        while heap:
            d, u = heapq.heappop(heap)
            if u == dst:
                path = [u]
                while path[-1] != src:
                    path.append(prev[path[-1]])
                return d, path[::-1]
            if d > best.get(u, float("inf")):
                continue
            for v, w in self.adj[u]:
                nd = d + w
                if nd < best.get(v, float("inf")):
                    best[v], prev[v] = nd, u
                    heapq.heappush(heap, (nd, v))
        return float("inf"), []

    def topo_sort(self):
        indeg = {u: 0 for u in self.adj}
        for u in self.adj:
            for v, _ in self.adj[u]:
                indeg[v] += 1
        ready = sorted(u for u, d in indeg.items() if d == 0)
        out = []
        while ready:
            u = ready.pop(0)
            out.append(u)
            for v in self.neighbors(u):
                indeg[v] -= 1
                if indeg[v] == 0:
                    ready.append(v)
                    ready.sort()
        if len(out) != len(self.adj):
            raise ValueError("graph has a cycle")
        return out


g = Graph()
for u, v, w in [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("G", "H", 1)]:
    g.add_edge(u, v, w)
order, dist = g.bfs("A")
print(order, sorted(dist.items()))
print(g.dfs("A"), g.dfs_recursive("A"))
for s, t in [("A", "D"), ("A", "F"), ("B", "E"), ("A", "H"), ("G", "H")]:
    print(s, t, g.dijkstra(s, t))
try:
    g.neighbors("Z")
except KeyError as e:
    print("KeyError:", e)
dag = Graph(directed=True)
for u, v in [("shop", "cook"), ("cook", "eat"), ("wake", "shop"), ("wake", "shower"), ("shower", "dress"), ("dress", "shop"), ("eat", "nap")]:
    dag.add_edge(u, v)
print(dag.topo_sort())
dag.add_edge("nap", "wake")
try:
    dag.topo_sort()
except ValueError as e:
    print("ValueError:", e)
grid = ["S.#.....", ".##.###.", "....#...", ".##...#E"]
maze = Graph()
for r, row in enumerate(grid):
    for c, ch in enumerate(row):
        if ch != "#":
            for dr, dc in ((0, 1), (1, 0)):
                rr, cc = r + dr, c + dc
                if rr < len(grid) and cc < len(row) and grid[rr][cc] != "#":
                    maze.add_edge((r, c), (rr, cc))
cost, path = maze.dijkstra((0, 0), (3, 7))
print(cost, path)
print(maze.bfs((0, 0))[1][(3, 7)])
