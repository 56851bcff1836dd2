# coro.throw() and coro.close(): exceptions delivered at the await point, GeneratorExit, cleanup.


class Suspend:
    def __await__(self):
        got = yield "suspended"
        return got


log = []


async def guarded():
    try:
        v = await Suspend()
        log.append(("resumed", v))
        return v
    except KeyError as e:
        log.append(("caught KeyError", str(e)))
        w = await Suspend()
        return "after-catch:" + str(w)
    finally:
        log.append("finally")


c = guarded()
print(c.send(None))
print(c.throw(KeyError("k1")))
try:
    c.send("w")
except StopIteration as e:
    print("value", e.value)
print(log)

log.clear()
c = guarded()
c.send(None)
try:
    c.throw(ValueError("not handled"))
except ValueError as e:
    print(type(e).__name__, e)
print(log)

log.clear()
c = guarded()
c.send(None)
c.close()
print(log)
c.close()
print("second close ok")


async def converts():
    try:
        await Suspend()
    except GeneratorExit:
        log.append("converting")
        raise


log.clear()
c = converts()
c.send(None)
print(c.close())
print(log)

c = converts()
try:
    c.throw(TypeError("before start"))
except TypeError as e:
    print("unstarted throw:", type(e).__name__, e)

c = converts()
c.close()
print("closed unstarted ok")


async def returner():
    try:
        await Suspend()
    except IndexError:
        return "returned from except"


c = returner()
c.send(None)
try:
    c.throw(IndexError)
except StopIteration as e:
    print("throw ended coroutine:", e.value)
