# Python subclasses of dict and list: attributes, overrides, super() calls, __missing__, format_map.
class Registry(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.hits = 0
    def __missing__(self, key):
        self.hits += 1
        return f"<{key}>"
r = Registry(a=1)
r["b"] = 2
print(r, r["a"], r["zz"], r.hits, len(r), isinstance(r, dict), type(r).__name__, vars(r))
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack([1, 2])
s.push(3)
s.label = "st"
print(s, s.peek(), len(s), s.label, s + [9], sorted(s, reverse=True), type(s).__name__)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
u = Upper()
u["x"] = 5
print(u, u["x"], "X" in u)
class Default(dict):
    def __missing__(self, k): return "?" + k
print("{a} {b}".format_map(Default(a=1)))
class Counting(list):
    def __len__(self): return 42
print(len(Counting([1])), bool(Counting()))
import copy
class Tagged(list):
    pass
t = Tagged([1, [2, 3]])
t.tag = "x"
c = copy.copy(t)
d = copy.deepcopy(t)
d[1].append(4)
print(type(c).__name__, c, c.tag, d, t, d.tag)
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Point({self.x}, {self.y})"
p = Point(1, [2])
q = copy.deepcopy(p)
q.y.append(3)
print(p, q, copy.copy(p))
