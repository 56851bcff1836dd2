# Coroutine misuse: reusing a finished/closed coroutine, non-None first send,
# StopIteration escaping a coroutine, iterating a coroutine, ignoring GeneratorExit.

log = []


class Suspend:
    def __await__(self):
        got = yield "suspended"
        return got



async def simple():
    return 1


def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return ("ok", e.value)
    except Exception as e:
        return (type(e).__name__, str(e))


c = simple()
print(drive(c))
print(drive(c))

c = simple()
c.close()
print(drive(c))

c = simple()
try:
    c.send(123)
except TypeError as e:
    print(type(e).__name__, e)
print(drive(c))


async def reuse():
    inner = simple()
    a = await inner
    b = await inner
    return a, b


print(drive(reuse()))


async def raise_stop():
    raise StopIteration("leaked")


print(drive(raise_stop()))

c = simple()
try:
    next(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in c:
        pass
except TypeError as e:
    print(type(e).__name__, e)
c.close()


async def stubborn():
    exits = 0
    while True:
        try:
            await Suspend()
        except GeneratorExit:
            exits += 1
            log.append("exit %d" % exits)
            if exits > 1:
                raise


c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(log)
print(c.close())
print(log)
