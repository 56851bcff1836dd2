# copy of user objects: default instance copying, __copy__/__deepcopy__ hooks, memo use.
import copy


class Point:
    def __init__(self, x, y, tags=None):
        self.x = x
        self.y = y
        self.tags = tags if tags is not None else []

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"


p = Point(1, 2, ["a"])
q = copy.copy(p)
r = copy.deepcopy(p)
p.tags.append("b")
p.x = 100
print(p, q, r)
print(type(q).__name__, q is p, q.tags is p.tags, r.tags is p.tags)
print(sorted(vars(r)))


class Tracked:
    log = []

    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __copy__(self):
        Tracked.log.append("copy " + str(self.value))
        new = Tracked(self.value, self.children)
        new.copied = True
        return new

    def __deepcopy__(self, memo):
        Tracked.log.append("deepcopy " + str(self.value))
        new = Tracked(copy.deepcopy(self.value, memo))
        memo[id(self)] = new
        new.children = [copy.deepcopy(c, memo) for c in self.children]
        return new

    def __repr__(self):
        return f"T({self.value}, {self.children})"


leaf = Tracked("leaf")
root = Tracked("root", [leaf, Tracked("mid", [leaf])])
sc = copy.copy(root)
print(sc, getattr(sc, "copied", False), sc.children is root.children)
dc = copy.deepcopy(root)
print(dc, dc.children[0] is dc.children[1].children[0], dc.children[0] is leaf)
print(Tracked.log)


class Counter:
    def __init__(self):
        self.count = 0
        self.history = []

    def bump(self):
        self.count += 1
        self.history.append(self.count)
        return self

    def __repr__(self):
        return f"Counter({self.count}, {self.history})"


c = Counter().bump().bump()
snapshot = copy.deepcopy(c)
c.bump()
print(c, snapshot)


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __repr__(self):
        return f"Node({self.name}->{self.peer.name if self.peer else None})"


a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
a2 = copy.deepcopy(a)
print(a2, a2.peer, a2.peer.peer is a2, a2 is a)
items = [a, b]
items2 = copy.deepcopy(items)
print(items2, items2[0].peer is items2[1])


class NoCopy:
    def __deepcopy__(self, memo):
        raise TypeError("refusing to deep copy")


try:
    copy.deepcopy([1, NoCopy()])
except TypeError as e:
    print(type(e).__name__, e)
print(type(copy.copy(NoCopy())).__name__)
