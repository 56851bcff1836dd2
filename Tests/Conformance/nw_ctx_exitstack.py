# contextlib.ExitStack: LIFO cleanup, callbacks, pop_all, exception passing and suppression.
from contextlib import ExitStack, contextmanager

log = []


@contextmanager
def res(name):
    log.append("open " + name)
    try:
        yield name
    finally:
        log.append("close " + name)


with ExitStack() as stack:
    names = [stack.enter_context(res(n)) for n in "abc"]
    stack.callback(log.append, "callback 1")
    stack.callback(lambda: log.append("callback 2"))
    log.append("body " + "".join(names))
print(log)
log.clear()

try:
    with ExitStack() as stack:
        stack.enter_context(res("x"))
        stack.enter_context(res("y"))
        raise KeyError("inside")
except KeyError as e:
    log.append("caught " + str(e))
print(log)
log.clear()


def suppressing_exit(exc_type, exc, tb):
    log.append(("exit saw", exc_type.__name__ if exc_type else None))
    return True


with ExitStack() as stack:
    stack.push(suppressing_exit)
    stack.enter_context(res("z"))
    raise ValueError("will be suppressed")
print(log)
log.clear()

with ExitStack() as outer:
    with ExitStack() as inner:
        inner.enter_context(res("moved"))
        saved = inner.pop_all()
    log.append("inner exited")
    outer.enter_context(saved)
print(log)
log.clear()

stack = ExitStack()
stack.enter_context(res("manual"))
stack.callback(log.append, "cb")
stack.close()
stack.close()
print(log)
log.clear()


def failing_cb():
    log.append("failing cb runs")
    raise RuntimeError("from callback")


try:
    with ExitStack() as stack:
        stack.callback(log.append, "first registered")
        stack.callback(failing_cb)
except RuntimeError as e:
    print(type(e).__name__, e, log)
log.clear()


class Plain:
    pass


try:
    with ExitStack() as stack:
        stack.enter_context(Plain())
except (TypeError, AttributeError) as e:
    print(type(e).__name__)

with ExitStack() as stack:
    files = {}
    for n in ("f1", "f2"):
        files[n] = stack.enter_context(res(n))
    print(sorted(files.items()))
print(log)
