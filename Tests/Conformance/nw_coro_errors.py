# Error cases with coroutines: non-awaitables, bad __await__, reuse, non-None first send.


class BadAwait:
    def __await__(self):
        return 42


class NoAwait:
    def __repr__(self):
        return "NoAwait()"


def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return ("ok", e.value)
    except Exception as e:
        return (type(e).__name__, str(e))


async def await_int():
    return await 5


async def await_none():
    return await None


async def await_list():
    return await [1, 2]


async def await_obj():
    return await NoAwait()


async def await_bad():
    return await BadAwait()


def plain_gen():
    yield 1


async def await_gen():
    return await plain_gen()


for f in (await_int, await_none, await_list, await_obj, await_bad, await_gen):
    print(f.__name__, drive(f()))


async def simple():
    return 1


c = simple()
print(drive(c))


async def twice():
    a = await simple()
    b = await simple()
    return a + b


print(drive(twice()))


async def raise_value():
    raise LookupError("lookup failed")


print(drive(raise_value()))
