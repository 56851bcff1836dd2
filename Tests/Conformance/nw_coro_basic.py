# Coroutines driven by hand: async def, await on coroutines, send(None), StopIteration.value.
import types


async def add(a, b):
    return a + b


async def double_sum(x, y):
    s = await add(x, y)
    t = await add(s, s)
    return t


async def nothing():
    pass


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("coroutine suspended")


print(run(add(2, 3)))
print(run(double_sum(4, 5)))
print(run(nothing()))

c = add(1, 2)
print(type(c).__name__, isinstance(c, types.CoroutineType))
print(type(add).__name__, callable(add))
print(c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)
c.close()


async def chain(n):
    if n == 0:
        return []
    rest = await chain(n - 1)
    return rest + [n]


print(run(chain(5)))


async def raises():
    raise ValueError("inside coroutine")


async def catcher():
    try:
        await raises()
    except ValueError as e:
        return "caught " + str(e)


print(run(catcher()))
try:
    run(raises())
except ValueError as e:
    print(type(e).__name__, e)


class Holder:
    async def method(self, k):
        return k * 10

    def __repr__(self):
        return "Holder()"


h = Holder()
print(run(h.method(7)))
print(Holder.method.__qualname__)
results = [run(add(i, i)) for i in range(5)]
print(results)


async def with_default(a, b=100, *args, **kw):
    return (a, b, args, sorted(kw.items()))


print(run(with_default(1)))
print(run(with_default(1, 2, 3, 4, z=5, y=6)))
