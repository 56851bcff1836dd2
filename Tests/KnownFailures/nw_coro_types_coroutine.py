# types.coroutine: generator-based awaitables usable with await, values flowing
# through send(), and return values.
import types


@types.coroutine
def suspend(tag):
    got = yield ("suspend", tag)
    return f"{tag}<-{got}"


@types.coroutine
def immediate(value):
    return value
    yield


async def worker():
    a = await suspend("first")
    b = await immediate(10)
    c = await suspend("second")
    return [a, b, c]


w = worker()
print(w.send(None))
print(w.send("x"))
try:
    w.send("y")
except StopIteration as e:
    print("result", e.value)


@types.coroutine
def sleep_ticks(n):
    for i in range(n):
        yield ("tick", i)
    return n


async def sleeper(name, n):
    slept = await sleep_ticks(n)
    return f"{name} slept {slept}"


def run_round_robin(tasks):
    order, results = [], {}
    queue = list(tasks.items())
    while queue:
        name, coro = queue.pop(0)
        try:
            msg = coro.send(None)
            order.append((name, msg[1]))
            queue.append((name, coro))
        except StopIteration as e:
            results[name] = e.value
    return order, results


order, results = run_round_robin({"a": sleeper("a", 2), "b": sleeper("b", 3), "c": sleeper("c", 0)})
print(order)
print(sorted(results.items()))


async def thrower():
    try:
        await suspend("t")
    except KeyError as e:
        return "caught " + str(e)


t = thrower()
print(t.send(None))
try:
    t.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
