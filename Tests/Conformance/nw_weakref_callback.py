# weakref.ref callbacks run when the referent is collected.
import gc
import weakref


class N:
    pass


events = []


def on_death(ref):
    events.append(("died", ref() is None))


def make(store):
    obj = N()
    store.append(obj)
    return weakref.ref(obj, on_death)


store = []
r = make(store)
gc.collect()
print(events)
store.clear()
gc.collect()
print(events, r() is None)
