# yield from forwards close() to the inner generator; finally blocks run innermost first.
log = []


def inner(tag):
    try:
        yield tag + "1"
        yield tag + "2"
    finally:
        log.append(tag + " inner finally")


def outer():
    try:
        yield from inner("a")
        yield from inner("b")
    finally:
        log.append("outer finally")


g = outer()
print(next(g), next(g), next(g))
g.close()
print(log)
log.clear()


def catches_exit():
    try:
        yield "x"
    except GeneratorExit:
        log.append("inner saw GeneratorExit")
        raise


def wraps():
    try:
        yield from catches_exit()
    except GeneratorExit:
        log.append("outer saw GeneratorExit")
        raise


g = wraps()
next(g)
print(g.close())
print(log)
log.clear()


def inner_returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        log.append("inner returning")
        return "ignored value"


def outer2():
    r = yield from inner_returns_on_exit()
    log.append(("outer resumed with", r))
    yield "should not get here"


g = outer2()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(log)
log.clear()


class Closable:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        return self.i

    def close(self):
        log.append("Closable.close called")


def delegate():
    yield from Closable()


g = delegate()
print(next(g), next(g))
g.close()
print(log)
