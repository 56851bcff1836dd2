# Floyd-Warshall all-pairs shortest paths with path reconstruction,
# negative edges, negative-cycle detection and transitive closure.
INF = float("inf")


def floyd(n, edges):
    dist = [[0 if i == j else INF for j in range(n)] for i in range(n)]
    nxt = [[None] * n for _ in range(n)]
    for u, v, w in edges:
        dist[u][v] = w
        nxt[u][v] = v
    for i in range(n):
        nxt[i][i] = i
    for k in range(n):
        for i in range(n):
            for j in range(n):
                if dist[i][k] + dist[k][j] < dist[i][j]:
                    dist[i][j] = dist[i][k] + dist[k][j]
                    nxt[i][j] = nxt[i][k]
    return dist, nxt


def path(nxt, u, v):
    if nxt[u][v] is None:
        return []
    p = [u]
    while u != v:
        u = nxt[u][v]
        p.append(u)
    return p


def show(dist):
    for row in dist:
        print("  " + " ".join("%5s" % ("inf" if d == INF else d) for d in row))


edges = [(0, 1, 3), (0, 2, 8), (0, 4, -4), (1, 3, 1), (1, 4, 7),
         (2, 1, 4), (3, 0, 2), (3, 2, -5), (4, 3, 6)]
dist, nxt = floyd(5, edges)
show(dist)
for u, v in [(0, 2), (2, 4), (4, 1), (3, 3), (1, 0)]:
    print(u, "->", v, dist[u][v], path(nxt, u, v))

dist2, nxt2 = floyd(4, [(0, 1, 1.5), (1, 2, 2.25), (3, 0, 0.5)])
show(dist2)
print(path(nxt2, 0, 3), path(nxt2, 3, 2), dist2[3][2])

neg_dist, _ = floyd(3, [(0, 1, 1), (1, 2, -1), (2, 0, -1)])
print("negative cycle nodes:", [i for i in range(3) if neg_dist[i][i] < 0])

reach = [[False] * 4 for _ in range(4)]
for u, v in [(0, 1), (1, 2), (2, 0), (2, 3)]:
    reach[u][v] = True
for k in range(4):
    for i in range(4):
        for j in range(4):
            reach[i][j] = reach[i][j] or (reach[i][k] and reach[k][j])
for row in reach:
    print("".join("1" if r else "." for r in row))
print(INF - INF != INF - INF, INF == INF, -INF < -10**300, repr(INF), repr(-INF))
