# A round-robin scheduler of generator-based tasks: yielding control, sleeping, message passing with send, task results.
from collections import deque


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks


class Recv:
    pass


class Send:
    def __init__(self, target, msg):
        self.target, self.msg = target, msg


class Loop:
    def __init__(self):
        self.ready = deque()
        self.sleeping = []
        self.waiting = {}
        self.mailbox = {}
        self.results = {}
        self.tick = 0
        self.trace = []

    def spawn(self, name, gen):
        self.ready.append((name, gen, None))
        self.mailbox[name] = deque()

    def run(self):
        while self.ready or self.sleeping or self.waiting:
            if not self.ready:
                if not self.sleeping:
                    self.trace.append(f"deadlock: {sorted(self.waiting)}")
                    break
                self.tick = min(t for t, _, _ in self.sleeping)
            for entry in [s for s in self.sleeping if s[0] <= self.tick]:
                self.sleeping.remove(entry)
                self.ready.append((entry[1], entry[2], None))
            name, gen, value = self.ready.popleft()
            try:
                request = gen.send(value)
            except StopIteration as stop:
                self.results[name] = stop.value
                self.trace.append(f"t{self.tick} {name} finished -> {stop.value!r}")
                continue
            except Exception as exc:
                self.results[name] = exc
                self.trace.append(f"t{self.tick} {name} crashed: {type(exc).__name__}: {exc}")
                continue
            if isinstance(request, Sleep):
                self.sleeping.append((self.tick + request.ticks, name, gen))
            elif isinstance(request, Recv):
                if self.mailbox[name]:
                    self.ready.append((name, gen, self.mailbox[name].popleft()))
                else:
                    self.waiting[name] = gen
            elif isinstance(request, Send):
                if request.target in self.waiting:
                    self.ready.append((request.target, self.waiting.pop(request.target), request.msg))
                else:
                    self.mailbox[request.target].append(request.msg)
                self.ready.append((name, gen, True))
            else:
                self.ready.append((name, gen, None))
            self.tick += 1


def producer(n):
    for i in range(n):
        yield Send("consumer", i * i)
        yield Sleep(2)
    yield Send("consumer", None)
    return f"sent {n}"


def consumer():
    total = 0
    while True:
        msg = yield Recv()
        if msg is None:
            return total
        total += msg


def ticker(label, times):
    for _ in range(times):
        yield
    return label * times


def crasher():
    yield Sleep(3)
    raise RuntimeError("task failed")


def stuck():
    yield Recv()


loop = Loop()
loop.spawn("producer", producer(4))
loop.spawn("consumer", consumer())
loop.spawn("ticker", ticker("ab", 3))
loop.spawn("crasher", crasher())
loop.spawn("stuck", stuck())
loop.run()
print("\n".join(loop.trace))
print({k: (repr(v) if isinstance(v, Exception) else v) for k, v in sorted(loop.results.items())})
print(loop.tick, sorted(loop.waiting))
