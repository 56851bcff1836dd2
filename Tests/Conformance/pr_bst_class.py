# A binary search tree class: insert, delete with successor, in-order generator, __contains__, __len__, height, range queries.
class Node:
    def __init__(self, key, value):
        self.key, self.value = key, value
        self.left = self.right = None


class BST:
    def __init__(self, items=()):
        self.root = None
        self.size = 0
        for k, v in items:
            self[k] = v

    def __setitem__(self, key, value):
        def insert(node):
            if node is None:
                self.size += 1
                return Node(key, value)
            if key < node.key:
                node.left = insert(node.left)
            elif key > node.key:
                node.right = insert(node.right)
            else:
                node.value = value
            return node
        self.root = insert(self.root)

    def _find(self, key):
        node = self.root
        while node is not None and node.key != key:
            node = node.left if key < node.key else node.right
        return node

    def __getitem__(self, key):
        node = self._find(key)
        if node is None:
            raise KeyError(key)
        return node.value

    def __contains__(self, key):
        return self._find(key) is not None

    def __delitem__(self, key):
        def delete(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = delete(node.left, key)
            elif key > node.key:
                node.right = delete(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.value = succ.key, succ.value
                node.right = delete(node.right, succ.key)
            return node
        self.root = delete(self.root, key)
        self.size -= 1

    def __len__(self):
        return self.size

    def __iter__(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return walk(self.root)

    def items(self):
        return [(k, self[k]) for k in self]

    def height(self, node="root"):
        node = self.root if node == "root" else node
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))

    def range(self, lo, hi):
        return [k for k in self if lo <= k < hi]

    def __repr__(self):
        def show(n):
            return "." if n is None else f"({show(n.left)} {n.key} {show(n.right)})"
        return show(self.root)


t = BST((k, k * k) for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65])
print(t, len(t), t.height())
print(list(t), t[40], 45 in t, 46 in t, t.range(33, 66))
for k in [20, 30, 50, 99]:
    try:
        del t[k]
        print("deleted", k, "->", t, len(t))
    except KeyError as e:
        print("KeyError:", e)
t[65] = "sixty-five"
print(t.items())
try:
    t[1000]
except KeyError as e:
    print("KeyError:", e)
skewed = BST((k, None) for k in range(1, 9))
print(skewed.height(), list(skewed), sorted(skewed, reverse=True)[:3])
words = BST((w, len(w)) for w in "the quick brown fox jumps over the lazy dog".split())
print(list(words), len(words), words["quick"], min(words), max(words))
empty = BST()
print(len(empty), list(empty), empty.height(), repr(empty), 1 in empty)
