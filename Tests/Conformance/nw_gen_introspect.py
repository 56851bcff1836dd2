# Generator and coroutine state through send/throw/close: gi_running, gi_yieldfrom,
# cr_await, __name__/__qualname__, and inspect.getgeneratorstate-like checks.


def inner():
    yield 1
    yield 2


def outer():
    yield from inner()
    yield "tail"


g = outer()
print(g.__name__, g.__qualname__, g.gi_running, g.gi_yieldfrom)
print(next(g), type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__)
print(next(g), next(g), g.gi_yieldfrom)
g.close()
print(g.gi_running, g.gi_yieldfrom)


def self_check():
    holder = yield
    yield holder.gi_running


sc = self_check()
next(sc)
print(sc.send(sc))


def running_reentry():
    yield next(me)


me = running_reentry()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)


class Wait:
    def __await__(self):
        yield "w"


async def coro():
    await Wait()


c = coro()
print(c.__name__, c.cr_running, c.cr_await)
c.send(None)
print(type(c.cr_await).__name__, c.cr_running)
c.close()
print(c.cr_await)


class Box:
    def gen(self):
        yield self

    async def acoro(self):
        return 1


b = Box()
print(b.gen().__qualname__, Box.acoro.__qualname__)
co = b.acoro()
print(co.__qualname__)
co.close()
gens = [(lambda: (yield))(), (x for x in [])]
print([gg.__name__ for gg in gens])
