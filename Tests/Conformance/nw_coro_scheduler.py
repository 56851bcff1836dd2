# A tiny round-robin scheduler driving coroutines with send(None).
from collections import deque


class Yield:
    def __await__(self):
        yield "yield"


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        for _ in range(self.ticks):
            yield "sleep"


trace = []


async def worker(name, steps):
    total = 0
    for i in range(steps):
        trace.append(f"{name}{i}")
        total += i
        await Yield()
    return f"{name}:{total}"


async def sleeper(name):
    trace.append(name + "-start")
    await Sleep(3)
    trace.append(name + "-woke")
    return name + ":slept"


async def failing():
    await Yield()
    raise ValueError("task failed")


def run_all(coros):
    ready = deque(enumerate(coros))
    results = {}
    ticks = 0
    while ready:
        idx, coro = ready.popleft()
        ticks += 1
        try:
            coro.send(None)
        except StopIteration as e:
            results[idx] = ("ok", e.value)
        except Exception as e:
            results[idx] = ("error", type(e).__name__, str(e))
        else:
            ready.append((idx, coro))
    return [results[i] for i in sorted(results)], ticks


res, ticks = run_all([worker("a", 3), worker("b", 2), sleeper("z"), failing(), worker("c", 1)])
for r in res:
    print(r)
print("ticks", ticks)
print(trace)


class Channel:
    def __init__(self):
        self.items = deque()

    def put(self, item):
        self.items.append(item)

    async def get(self):
        while not self.items:
            await Yield()
        return self.items.popleft()


ch = Channel()
got = []


async def producer():
    for i in range(4):
        ch.put(i * i)
        await Yield()
        await Yield()
    ch.put(None)
    return "produced"


async def consumer():
    while True:
        item = await ch.get()
        if item is None:
            return "consumed %d" % len(got)
        got.append(item)


res, ticks = run_all([consumer(), producer()])
print(res, ticks)
print(got)
