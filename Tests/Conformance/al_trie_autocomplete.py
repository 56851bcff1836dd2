# A trie with insert/search/delete, prefix counts, sorted autocomplete with
# frequencies, longest common prefix, and a word-search on a letter grid.

class Node:
    def __init__(self):
        self.children = {}
        self.count = 0
        self.freq = 0


class Trie:
    def __init__(self, words=()):
        self.root = Node()
        self.size = 0
        for w in words:
            self.insert(w)

    def insert(self, word, freq=1):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, Node())
            node.count += 1
        if node.freq == 0:
            self.size += 1
        node.freq += freq

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        node = self._find(word)
        return node is not None and node.freq > 0

    def __len__(self):
        return self.size

    def count_prefix(self, prefix):
        node = self._find(prefix)
        return 0 if node is None else (node.count if prefix else self.size)

    def complete(self, prefix, limit=5):
        node = self._find(prefix)
        out = []

        def walk(n, acc):
            if n.freq:
                out.append((acc, n.freq))
            for ch in sorted(n.children):
                walk(n.children[ch], acc + ch)

        if node is not None:
            walk(node, prefix)
        out.sort(key=lambda p: (-p[1], p[0]))
        return out[:limit]

    def delete(self, word):
        if word not in self:
            raise KeyError(word)
        node = self.root
        for ch in word:
            nxt = node.children[ch]
            nxt.count -= 1
            if nxt.count == 0:
                del node.children[ch]
                break
            node = nxt
        else:
            node.freq = 0
        self.size -= 1

    def lcp(self):
        node, out = self.root, ""
        while len(node.children) == 1 and not node.freq:
            ch, node = next(iter(node.children.items()))
            out += ch
        return out


t = Trie()
for w, f in [("car", 5), ("card", 2), ("care", 7), ("careful", 1), ("cat", 9), ("dog", 3), ("do", 4), ("cart", 7)]:
    t.insert(w, f)
print(len(t), "car" in t, "ca" in t, "careful" in t, "carefully" in t)
print(t.count_prefix("car"), t.count_prefix("ca"), t.count_prefix("d"), t.count_prefix("x"), t.count_prefix(""))
print(t.complete("car"), t.complete("ca", 2), t.complete("do"), t.complete("z"))
t.delete("card")
t.delete("careful")
print(len(t), t.complete("car", 10), t.count_prefix("car"))
try:
    t.delete("cards")
except KeyError as e:
    print(type(e).__name__, e)
print(repr(Trie(["flower", "flow", "flight"]).lcp()), repr(Trie(["interview", "internet", "interval"]).lcp()), repr(Trie(["a", "b"]).lcp()))

GRID = ["oaan", "etae", "ihkr", "iflv"]


def grid_words(grid, trie):
    found = set()
    R, C = len(grid), len(grid[0])

    def dfs(r, c, node, acc, seen):
        ch = grid[r][c]
        nxt = node.children.get(ch)
        if nxt is None:
            return
        acc += ch
        if nxt.freq:
            found.add(acc)
        seen.add((r, c))
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < R and 0 <= nc < C and (nr, nc) not in seen:
                dfs(nr, nc, nxt, acc, seen)
        seen.discard((r, c))

    for r in range(R):
        for c in range(C):
            dfs(r, c, trie.root, "", set())
    return sorted(found)


print(grid_words(GRID, Trie(["oath", "pea", "eat", "rain", "hike", "oat", "tea", "flit"])))
