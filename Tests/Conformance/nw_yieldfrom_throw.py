# yield from forwards throw() to the inner generator; handled and unhandled cases.
log = []


def inner():
    n = 0
    while True:
        try:
            got = yield n
            log.append(("inner got", got))
            n += 1
        except ValueError as e:
            log.append(("inner handled", str(e)))
            n += 100
        except KeyError:
            log.append("inner returning on KeyError")
            return "inner-result"


def outer():
    try:
        r = yield from inner()
        log.append(("outer got return", r))
        yield "after-inner"
    except TypeError as e:
        log.append(("outer handled", str(e)))
        yield "outer-recovered"


g = outer()
print(next(g))
print(g.send("a"))
print(g.throw(ValueError("v1")))
print(g.send("b"))
print(g.throw(KeyError("stop")))
try:
    next(g)
except StopIteration:
    print("exhausted")
for entry in log:
    print(entry)

log.clear()
g = outer()
next(g)
print(g.throw(TypeError("t1")))
print(log)
try:
    g.throw(TypeError("t2"))
except TypeError as e:
    print("propagated", type(e).__name__, e)


def leaf():
    yield 1
    yield 2


def middle():
    yield from leaf()


def top():
    try:
        yield from middle()
    except ZeroDivisionError:
        yield "top caught"


g = top()
print(next(g))
print(g.throw(ZeroDivisionError))
try:
    g.throw(ZeroDivisionError("again"))
except ZeroDivisionError as e:
    print("second throw escaped:", e)

g = top()
try:
    g.throw(RuntimeError("unstarted"))
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(g))


def from_iter():
    yield from iter([10, 20, 30])


g = from_iter()
print(next(g))
try:
    g.throw(IndexError("into list iterator"))
except IndexError as e:
    print(type(e).__name__, e)
print(list(g))
