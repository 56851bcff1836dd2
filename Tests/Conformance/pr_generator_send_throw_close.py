# Generator methods: send() for coroutines, throw() handled and unhandled, close() with GeneratorExit and finally.
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)


a = averager()
print(next(a))
print(a.send(10), a.send(20), a.send(60))
try:
    a.send(None)
except StopIteration as e:
    print("finished with", e.value)

g = averager()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)


def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                print("  handled thrown:", e)
                received.append("!")
    finally:
        print("  cleanup, received", received)


e = echo()
print(next(e), e.send("a"), e.send("b"))
print(e.throw(ValueError("bad value")))
print(e.send("c"))
try:
    e.throw(KeyError("unhandled"))
except KeyError as err:
    print("propagated:", repr(err))
try:
    next(e)
except StopIteration:
    print("generator is finished")


def closable():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  got GeneratorExit")
        raise
    finally:
        print("  finally in closable")


c = closable()
print(next(c))
c.close()
c.close()
print(list(c))

unstarted = closable()
unstarted.close()
print("closed unstarted without running body")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as err:
    print("RuntimeError:", err)


def thrower():
    yield 1


t = thrower()
try:
    t.throw(TypeError("before start"))
except TypeError as err:
    print("thrown into unstarted:", err)
print(list(t))


def accumulate():
    total = 0
    while True:
        cmd = yield total
        if cmd == "reset":
            total = 0
        elif isinstance(cmd, int):
            total += cmd


acc = accumulate()
next(acc)
print([acc.send(x) for x in [1, 2, "reset", 5, 5]])
acc.close()
try:
    acc.send(1)
except StopIteration:
    print("send after close -> StopIteration")
