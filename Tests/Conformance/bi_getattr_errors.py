# setattr/delattr on builtin-type instances, and getattr argument-count errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: setattr("s", "upper", 1))
show(lambda: setattr([], "append", 1))
show(lambda: delattr([], "append"))
show(lambda: delattr("s", "upper"))
show(lambda: setattr(5, "real", 1))
show(lambda: setattr({}, "keys", None))
show(lambda: getattr(1, "a", "b", "c"))
show(lambda: setattr(1, "a"))
show(lambda: hasattr(1))
show(lambda: delattr(1))
show(lambda: setattr(range(4), "start", 1))
show(lambda: setattr(slice(1, 2), "start", 5))
