# Topological sort: Kahn's algorithm (deterministic via heapq), DFS order,
# cycle detection with the offending cycle, and build-order levels.
import heapq
from collections import defaultdict, deque


def kahn(deps):
    nodes = set(deps)
    for ds in deps.values():
        nodes.update(ds)
    indeg = {n: 0 for n in nodes}
    users = defaultdict(list)
    for n, ds in deps.items():
        for d in ds:
            users[d].append(n)
            indeg[n] += 1
    ready = [n for n in nodes if indeg[n] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        n = heapq.heappop(ready)
        order.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                heapq.heappush(ready, u)
    if len(order) != len(nodes):
        stuck = sorted(n for n in nodes if indeg[n] > 0)
        raise ValueError("cycle among %s" % stuck)
    return order


def dfs_order(deps):
    WHITE, GREY, BLACK = 0, 1, 2
    color = {}
    order = []
    stack = []

    def visit(n):
        c = color.get(n, WHITE)
        if c == GREY:
            cyc = stack[stack.index(n):] + [n]
            raise RuntimeError("cycle: " + " -> ".join(cyc))
        if c == BLACK:
            return
        color[n] = GREY
        stack.append(n)
        for d in sorted(deps.get(n, ())):
            visit(d)
        stack.pop()
        color[n] = BLACK
        order.append(n)

    for n in sorted(deps):
        visit(n)
    return order


def levels(deps):
    level = {}

    def depth(n):
        if n not in level:
            level[n] = 1 + max((depth(d) for d in deps.get(n, ())), default=-1)
        return level[n]

    for n in deps:
        depth(n)
    by = defaultdict(list)
    for n, lv in level.items():
        by[lv].append(n)
    return [sorted(by[k]) for k in sorted(by)]


build = {
    "app": ["lib", "utils", "config"],
    "lib": ["core", "utils"],
    "utils": ["core"],
    "config": [],
    "tests": ["app", "mock"],
    "mock": ["core"],
    "core": [],
}
print(kahn(build))
print(dfs_order(build))
for i, lv in enumerate(levels(build)):
    print("level", i, lv)
q = deque(kahn(build))
q.rotate(2)
print(list(q))

cyclic = {"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"], "e": []}
try:
    kahn(cyclic)
except ValueError as e:
    print(type(e).__name__, e)
try:
    dfs_order(cyclic)
except RuntimeError as e:
    print(type(e).__name__, e)
print(kahn({}), dfs_order({"x": []}), kahn({"solo": ["solo2"]}))
