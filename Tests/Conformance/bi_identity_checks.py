# Identity without id(): is/is not for None/True/False, aliases vs copies, singletons, and mutation through aliases.
a = [1, 2]
b = a
c = list(a)
d = a[:]
print(a is b, a is c, a == c, a is not d, b is a, c is d)
b.append(3)
print(a, c, d)
x = None
print(x is None, x is not None, None is None, (lambda: None)() is None, print("side") is None)
print(True is True, (1 == 1) is True, bool(1) is True, not [] is True, (5 > 3) is not False, isinstance(True, int))
t = (1, [2])
t2 = t
t[1].append(3)
print(t, t2, t is t2)
s = "hello"
print(s is s, s[:] == s, s + "" == s)
f = frozenset([1])
print(frozenset(f) is f, tuple(t) is t, ... is Ellipsis, NotImplemented is NotImplemented, type(...) is type(Ellipsis))
def ident(v):
    return v
obj = object()
print(ident(obj) is obj, [obj][0] is obj, {1: obj}[1] is obj, (obj,)[0] is obj, obj is not object())
m = {"k": []}
alias = m["k"]
alias.append(1)
copy = dict(m)
copy["k"].append(2)
print(m, copy, copy is m, copy["k"] is m["k"])
grid = [[0] * 2] * 2
grid[0][0] = 9
print(grid, grid[0] is grid[1])
grid2 = [[0] * 2 for _ in range(2)]
grid2[0][0] = 9
print(grid2, grid2[0] is grid2[1])
class Node:
    pass
n1, n2 = Node(), Node()
n1.next = n2
n2.next = n1
print(n1.next.next is n1, n1.next is n2, n1 is not n2, [n1, n2].index(n2), n1 in [n2], n1 == n1)
