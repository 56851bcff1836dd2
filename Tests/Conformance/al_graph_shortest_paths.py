# Single-source shortest paths: Dijkstra with a heap and path recovery,
# Bellman-Ford with negative edges and cycle detection, and Prim's MST.
import heapq

INF = float("inf")


def dijkstra(adj, src):
    dist = {src: 0}
    prev = {src: None}
    pq = [(0, src)]
    order = []
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist[u]:
            continue
        order.append(u)
        for v, w in sorted(adj.get(u, {}).items()):
            if w < 0:
                raise ValueError("negative edge %s->%s" % (u, v))
            nd = d + w
            if nd < dist.get(v, INF):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev, order


def route(prev, target):
    if target not in prev:
        return None
    out = []
    while target is not None:
        out.append(target)
        target = prev[target]
    return "->".join(reversed(out))


def bellman_ford(nodes, edges, src):
    dist = {n: INF for n in nodes}
    dist[src] = 0
    for i in range(len(nodes) - 1):
        changed = False
        for u, v, w in edges:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                changed = True
        if not changed:
            print("  converged after pass", i + 1)
            break
    for u, v, w in edges:
        if dist[u] + w < dist[v]:
            raise ArithmeticError("negative cycle reachable via %s->%s" % (u, v))
    return dist


def prim(adj, start):
    seen = {start}
    edges = [(w, start, v) for v, w in adj[start].items()]
    heapq.heapify(edges)
    tree = []
    while edges and len(seen) < len(adj):
        w, u, v = heapq.heappop(edges)
        if v in seen:
            continue
        seen.add(v)
        tree.append((u, v, w))
        for x, wx in adj[v].items():
            if x not in seen:
                heapq.heappush(edges, (wx, v, x))
    return tree


roads = {
    "A": {"B": 4, "C": 2},
    "B": {"C": 5, "D": 10},
    "C": {"E": 3},
    "D": {"F": 11},
    "E": {"D": 4, "F": 20},
    "F": {},
    "G": {"A": 1},
}
dist, prev, order = dijkstra(roads, "A")
print(sorted(dist.items()), order)
for t in "ABCDEFG":
    print(t, dist.get(t, INF), route(prev, t))
try:
    dijkstra({"x": {"y": -1}}, "x")
except ValueError as e:
    print(type(e).__name__, e)

edges = [("s", "a", 4), ("s", "b", 5), ("a", "c", -3), ("b", "a", -2), ("c", "t", 2), ("b", "t", 9)]
print(sorted(bellman_ford("sabct", edges, "s").items()))
print(sorted(bellman_ford("sabctz", edges, "t").items()))
try:
    bellman_ford("xyz", [("x", "y", 1), ("y", "z", -2), ("z", "y", 1)], "x")
except ArithmeticError as e:
    print(type(e).__name__, e)

und = {}
for u, v, w in [("a", "b", 2), ("a", "d", 6), ("b", "c", 3), ("b", "d", 8), ("b", "e", 5), ("c", "e", 7), ("d", "e", 9)]:
    und.setdefault(u, {})[v] = w
    und.setdefault(v, {})[u] = w
tree = prim(und, "a")
print(tree, sum(w for _, _, w in tree))
