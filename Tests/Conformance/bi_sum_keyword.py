# sum(): the start= keyword argument, rejection of str start values, no-argument message.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: sum(range(10), start=-45))
show(lambda: sum([[1], [2]], start=[0]))
show(lambda: sum([0.5], start=1))
show(lambda: sum([1, 2], start="x"))
show(lambda: sum([], start=()))
show(lambda: sum(iterable=[1]))
show(lambda: sum(["a", "b"], ""))
show(lambda: sum([], "abc"))
show(lambda: sum([1], "a"))
show(lambda: sum())
