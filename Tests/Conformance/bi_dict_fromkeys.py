# dict.fromkeys() (shared default value, iterables of all kinds) and dict() update-sequence error messages.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: dict.fromkeys("abc"))
show(lambda: dict.fromkeys([1, 2], 0))
show(lambda: dict.fromkeys(range(3), "x"))
show(lambda: dict.fromkeys([]))
show(lambda: dict.fromkeys("aab", 1))
show(lambda: {}.fromkeys((1, 2)))
def shared():
    d = dict.fromkeys(["x", "y"], [])
    d["x"].append(1)
    return d
show(shared)
show(lambda: dict.fromkeys(5))
show(lambda: dict.fromkeys([[1]]))
show(lambda: dict.fromkeys())
show(lambda: dict(5))
show(lambda: dict([1, 2]))
show(lambda: dict([(1, 2), 3]))
show(lambda: dict([(1, 2), None]))
show(lambda: {}.update([5]))
