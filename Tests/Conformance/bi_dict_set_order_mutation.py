# reversed() over dicts and dict views; RuntimeError when a dict or set changes size during iteration.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
m = {1: "a", 2: "b", 4: "d"}
show(lambda: list(reversed(m)))
show(lambda: list(reversed(m.keys())))
show(lambda: list(reversed(m.values())))
show(lambda: list(reversed(m.items())))
show(lambda: type(reversed(m)).__name__)
def mutate_set():
    ss = {1, 2, 3}
    for v in ss:
        ss.add(v + 10)
show(mutate_set)
def shrink_set():
    ss = {1, 2, 3}
    for v in ss:
        ss.discard(v)
show(shrink_set)
def mutate():
    dd = {1: 1, 2: 2}
    for k in dd:
        dd[k + 10] = k
show(mutate)
def mutate_del():
    dd = {1: 1, 2: 2}
    for k in dd:
        del dd[k]
show(mutate_del)
