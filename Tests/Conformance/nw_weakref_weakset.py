# WeakSet: membership tracking of live objects only.
# Members are only touched inside helper functions so no caller temporary keeps them.
import gc
import weakref


class Item:
    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return "Item(%s)" % self.label


def labels(ws):
    return sorted(i.label for i in ws)


def fill(ws, owners, text):
    for c in text:
        it = Item(c)
        owners[c] = it
        ws.add(it)
    ws.add(owners[text[0]])


def probe(ws, owners):
    return [len(ws), owners["c"] in ws, Item("z") in ws]


live = weakref.WeakSet()
owners = {}
fill(live, owners, "abcde")
print(probe(live, owners), labels(live))
del owners["b"]
del owners["d"]
gc.collect()
print(len(live), labels(live))


def edits(ws, owners):
    out = []
    ws.discard(owners["a"])
    out.append(labels(ws))
    ws.remove(owners["c"])
    out.append(labels(ws))
    try:
        ws.remove(Item("q"))
    except KeyError:
        out.append("KeyError on remove")
    try:
        ws.add(3)
    except TypeError as e:
        out.append(str(e))
    return out


print(edits(live, owners))


def set_ops(live, owners):
    s2 = weakref.WeakSet(owners.values())
    out = [len(s2), bool(s2), bool(weakref.WeakSet())]
    out.append(labels(s2 - live))
    out.append(labels(s2 & live))
    out.append(labels(s2 | live))
    out.append((live <= s2, s2 <= live, live.issubset(s2)))
    c = s2.copy()
    out.append((type(c).__name__, len(c)))
    p = s2.pop()
    out.append((p.label in owners, len(s2)))
    s2.clear()
    out.append(len(s2))
    return out


for line in set_ops(live, owners):
    print(line)


class Observable:
    def __init__(self):
        self.observers = weakref.WeakSet()

    def notify(self, msg):
        return sorted(o.label + ":" + msg for o in self.observers)


def subscribe_all(src, owners):
    for name in ("x", "y", "w"):
        owners[name] = Item(name)
        src.observers.add(owners[name])


src = Observable()
subs = {}
subscribe_all(src, subs)
print(src.notify("hi"))
del subs["y"]
gc.collect()
print(src.notify("bye"))
subs.clear()
owners.clear()
gc.collect()
print(src.notify("empty"), len(live), len(src.observers))
