# Strongly connected components (Tarjan and Kosaraju), condensation DAG,
# and bridges / articulation points of an undirected graph.

def tarjan(graph):
    index, low, on_stack = {}, {}, set()
    stack, comps = [], []
    counter = [0]

    def strong(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, []):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            comps.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            strong(v)
    return comps


def kosaraju(graph):
    order, seen = [], set()

    def dfs1(v):
        seen.add(v)
        for w in graph.get(v, []):
            if w not in seen:
                dfs1(w)
        order.append(v)

    for v in sorted(graph):
        if v not in seen:
            dfs1(v)
    rev = {}
    for v, ws in graph.items():
        for w in ws:
            rev.setdefault(w, []).append(v)
    comps, seen = [], set()
    for v in reversed(order):
        if v in seen:
            continue
        comp, todo = [], [v]
        seen.add(v)
        while todo:
            x = todo.pop()
            comp.append(x)
            for y in rev.get(x, []):
                if y not in seen:
                    seen.add(y)
                    todo.append(y)
        comps.append(sorted(comp))
    return comps


g = {"a": ["b"], "b": ["c", "e", "f"], "c": ["d", "g"], "d": ["c", "h"],
     "e": ["a", "f"], "f": ["g"], "g": ["f"], "h": ["d", "g"]}
t = tarjan(g)
k = kosaraju(g)
print(t)
print(k)
print(sorted(t) == sorted(k))
comp_of = {v: i for i, c in enumerate(sorted(t)) for v in c}
dag = sorted({(comp_of[v], comp_of[w]) for v in g for w in g[v] if comp_of[v] != comp_of[w]})
print("condensation:", dag)


def bridges_and_cuts(adj):
    disc, low = {}, {}
    bridges, cuts = [], set()
    timer = [0]

    def dfs(u, parent):
        disc[u] = low[u] = timer[0]
        timer[0] += 1
        children = 0
        for v in sorted(adj[u]):
            if v == parent:
                continue
            if v in disc:
                low[u] = min(low[u], disc[v])
            else:
                children += 1
                dfs(v, u)
                low[u] = min(low[u], low[v])
                if low[v] > disc[u]:
                    bridges.append(tuple(sorted((u, v))))
                if parent is not None and low[v] >= disc[u]:
                    cuts.add(u)
        if parent is None and children > 1:
            cuts.add(u)

    for u in sorted(adj):
        if u not in disc:
            dfs(u, None)
    return sorted(bridges), sorted(cuts)


und = {}
for a, b in [(1, 2), (2, 3), (3, 1), (3, 4), (4, 5), (5, 6), (6, 4), (6, 7), (8, 9)]:
    und.setdefault(a, set()).add(b)
    und.setdefault(b, set()).add(a)
print(bridges_and_cuts(und))
print(tarjan({}), tarjan({"x": ["x"]}), kosaraju({"p": ["q"], "q": []}))
