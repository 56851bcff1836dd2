# tuple.index() (with start/stop) and tuple.count(), and their errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
show(lambda: (t.index(5), t.index(5, 5), t.index(5, 9), t.index(1, -9), t.count(5), t.count(7), t.count(1.0)))
show(lambda: ((1, [2], "a").index([2]), ((),).count(()), (1, True, 1.0).count(1)))
show(lambda: t.index(7))
show(lambda: t.index(5, 0, 2))
show(lambda: t.index())
show(lambda: t.count())
show(lambda: t.index(1, "a"))
