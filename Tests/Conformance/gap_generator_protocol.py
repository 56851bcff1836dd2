# Generator send/throw/close, return values, GeneratorExit handling, gi_ state and yield from delegation.
def accumulator():
    total = 0
    try:
        while True:
            value = yield total
            if value is None:
                break
            total += value
    finally:
        print("accumulator cleanup")
    return f"final {total}"


g = accumulator()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.value, e.args)


def resilient():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield f"caught {e}"


r = resilient()
print(next(r), r.throw(ValueError("bad")), next(r), r.throw(ValueError, "worse"))
try:
    r.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)
print(list(r))


def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise


c = closer()
print(next(c))
print(c.close(), c.close())
print(list(c))


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)


def inner():
    x = yield "inner-1"
    print("inner got", x)
    yield "inner-2"
    return "inner-result"


def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer-done"


o = outer()
print(next(o), o.send("hello"), next(o))
fresh = accumulator()
for thunk in [lambda: fresh.send(1), lambda: next(iter(())), lambda: accumulator().throw(TypeError("early"))]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
