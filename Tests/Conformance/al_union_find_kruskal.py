# Union-find with path compression and union by rank; Kruskal's MST; counting
# connected components; detecting a redundant edge.

class DSU:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = {x: 0 for x in items}
        self.size = {x: 1 for x in items}

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True

    def groups(self):
        out = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return sorted(sorted(g) for g in out.values())


def kruskal(nodes, edges):
    dsu = DSU(nodes)
    tree, total = [], 0
    for w, u, v in sorted(edges):
        if dsu.union(u, v):
            tree.append((u, v, w))
            total += w
            print("  take %s-%s (%d)" % (u, v, w))
        else:
            print("  skip %s-%s (%d)" % (u, v, w))
    return total, tree


nodes = "ABCDEFG"
edges = [(7, "A", "B"), (5, "A", "D"), (8, "B", "C"), (9, "B", "D"), (7, "B", "E"),
         (5, "C", "E"), (15, "D", "E"), (6, "D", "F"), (8, "E", "F"), (9, "E", "G"), (11, "F", "G")]
total, tree = kruskal(nodes, edges)
print("MST weight", total, "edges", len(tree))

d = DSU(range(10))
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 7), (8, 9), (9, 8)]:
    print("union", a, b, d.union(a, b))
print(d.groups(), "components:", len(d.groups()))
print("size of 0's set:", d.size[d.find(0)], "same(0,2):", d.find(0) == d.find(2))


def redundant(edges):
    dsu = DSU({x for e in edges for x in e})
    for u, v in edges:
        if not dsu.union(u, v):
            return (u, v)
    return None


print(redundant([(1, 2), (1, 3), (2, 3)]), redundant([(1, 2), (2, 3), (3, 4), (1, 4), (1, 5)]), redundant([(1, 2)]))
try:
    d.find(42)
except KeyError as e:
    print(type(e).__name__, e)
