# Bipartite check by BFS 2-colouring (with an odd cycle witness),
# and maximum bipartite matching with augmenting paths (Kuhn).
from collections import deque


def two_color(adj):
    color = {}
    for s in sorted(adj):
        if s in color:
            continue
        color[s] = 0
        parent = {s: None}
        q = deque([s])
        while q:
            u = q.popleft()
            for v in sorted(adj[u]):
                if v not in color:
                    color[v] = 1 - color[u]
                    parent[v] = u
                    q.append(v)
                elif color[v] == color[u]:
                    return False, (u, v)
    left = sorted(n for n, c in color.items() if c == 0)
    right = sorted(n for n, c in color.items() if c == 1)
    return True, (left, right)


def undirected(pairs):
    adj = {}
    for a, b in pairs:
        adj.setdefault(a, set()).add(b)
        adj.setdefault(b, set()).add(a)
    return adj


tests = {
    "square": [(1, 2), (2, 3), (3, 4), (4, 1)],
    "triangle": [(1, 2), (2, 3), (3, 1)],
    "tree": [(1, 2), (1, 3), (3, 4), (3, 5), (5, 6)],
    "pentagon": [(1, 2), (2, 3), (3, 4), (4, 5), (5, 1)],
    "two parts": [(1, 2), (3, 4), (4, 5), (5, 3)],
}
for name, edges in tests.items():
    print(name, two_color(undirected(edges)))


def max_matching(prefs):
    match_of = {}

    def try_assign(worker, seen):
        for job in prefs[worker]:
            if job in seen:
                continue
            seen.add(job)
            if job not in match_of or try_assign(match_of[job], seen):
                match_of[job] = worker
                return True
        return False

    for w in prefs:
        ok = try_assign(w, set())
        print("  assign", w, ok, sorted(match_of.items()))
    return {w: j for j, w in match_of.items()}


prefs = {
    "ann": ["cook", "clean"],
    "bob": ["cook"],
    "cy": ["clean", "drive", "cook"],
    "dee": ["drive"],
    "eve": ["cook", "drive"],
}
m = max_matching(prefs)
print(len(m), sorted(m.items()))
print(sorted(set(prefs) - set(m)))
print(two_color({}), two_color({"x": set()}))
