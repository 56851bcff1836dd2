# weakref.ref equality and hashing follow the referent; refs without callbacks are
# shared; getweakrefcount/getweakrefs.
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(%r)" % self.name


a = Node("a")
b = Node("b")
r1 = weakref.ref(a)
r2 = weakref.ref(a)
rb = weakref.ref(b)
print(r1 is r2, r1 == r2, r1 != r2, r1 == rb, r1 != rb)
print(hash(r1) == hash(a), hash(rb) == hash(b))
print(weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r1])
print(weakref.getweakrefcount(Node("fresh")), weakref.getweakrefs(Node("fresh")))
d = {r1: "first"}
d[weakref.ref(a)] = "second"
print(len(d), d[r2])
print(weakref.ref(a) in {r1, rb}, len({r1, r2, rb}))
