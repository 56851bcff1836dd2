# Context managers as classes: a fake-clock timer (no real time output),
# nesting, exception suppression, transaction rollback, and a reentrant
# indentation context; __exit__ arguments are inspected.

class FakeClock:
    def __init__(self):
        self.t = 0

    def tick(self, n=1):
        self.t += n

    def now(self):
        return self.t


clock = FakeClock()
REPORT = []


class Timer:
    def __init__(self, label, clock):
        self.label, self.clock = label, clock
        self.elapsed = None

    def __enter__(self):
        self.start = self.clock.now()
        REPORT.append("start " + self.label)
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = self.clock.now() - self.start
        status = "ok" if exc_type is None else "failed with %s(%s)" % (exc_type.__name__, exc)
        REPORT.append("%s took %d ticks: %s" % (self.label, self.elapsed, status))
        return False


with Timer("outer", clock) as outer:
    clock.tick(3)
    with Timer("inner", clock) as inner:
        clock.tick(5)
    clock.tick(2)
print(outer.elapsed, inner.elapsed)
try:
    with Timer("boom", clock):
        clock.tick(4)
        raise ValueError("bad input")
except ValueError as e:
    print("propagated:", e)
print("\n".join(REPORT))


class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            return True
        return False


with Suppress(KeyError, IndexError) as s:
    {}["missing"]
print("suppressed", repr(s.caught))
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", type(e).__name__, e)


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back because", et.__name__)
        return et is not None and issubclass(et, ArithmeticError)


accounts = {"a": 100, "b": 50}
with Transaction(accounts) as acc:
    acc["a"] -= 30
    acc["b"] += 30
print(accounts)
with Transaction(accounts) as acc:
    acc["a"] -= 500
    acc["b"] += 500
    if acc["a"] < 0:
        raise ArithmeticError("overdraft")
print(accounts)


class Indent:
    def __init__(self):
        self.level = 0

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, *exc):
        self.level -= 1

    def say(self, msg):
        print("    " * self.level + msg)


ind = Indent()
with ind:
    ind.say("level one")
    with ind:
        ind.say("level two")
        with ind, ind:
            ind.say("level four")
    ind.say("back to one")
ind.say("top")
try:
    with 42:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
