# Hand-rolled futures: coroutines await Future objects whose __await__ yields the
# future itself; a driver resolves them, including with exceptions.


class Future:
    def __init__(self, name):
        self.name = name
        self.done = False
        self.result = None
        self.error = None

    def set_result(self, value):
        self.done, self.result = True, value

    def set_error(self, exc):
        self.done, self.error = True, exc

    def __await__(self):
        if not self.done:
            yield self
        if self.error is not None:
            raise self.error
        return self.result

    def __repr__(self):
        return f"Future({self.name})"


def run(coro, resolver):
    pending = None
    steps = []
    while True:
        try:
            fut = coro.send(None)
        except StopIteration as e:
            return steps, ("result", e.value)
        except Exception as e:
            return steps, ("error", type(e).__name__, str(e))
        steps.append(fut.name)
        resolver(fut)
        pending = fut


def resolver(fut):
    if fut.name.startswith("bad"):
        fut.set_error(ValueError("failed " + fut.name))
    else:
        fut.set_result(len(fut.name))


async def fetch(name):
    return await Future(name)


async def gather(*names):
    out = []
    for n in names:
        out.append(await fetch(n))
    return out


print(run(gather("a", "bb", "ccc"), resolver))
print(run(gather("ok", "bad1", "never"), resolver))


async def tolerant(*names):
    out = []
    for n in names:
        try:
            out.append(await fetch(n))
        except ValueError as e:
            out.append(str(e))
    return out


print(run(tolerant("x", "bad2", "yz"), resolver))

ready = Future("pre")
ready.set_result("instant")


async def uses_ready():
    a = await ready
    b = await ready
    return a + "/" + b


print(run(uses_ready(), resolver))


async def nested(depth):
    if depth == 0:
        return await Future("leaf")
    value = await nested(depth - 1)
    return value * 10


print(run(nested(3), resolver))


async def cleanup_on_error():
    log = []
    try:
        await Future("bad3")
    except ValueError as e:
        log.append("handled " + str(e))
    finally:
        log.append("finally")
    return log


print(run(cleanup_on_error(), resolver))
