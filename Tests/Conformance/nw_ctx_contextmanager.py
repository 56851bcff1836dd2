# contextlib.contextmanager: enter value, exceptions thrown into the generator,
# suppression by handling, cleanup in finally, reuse as a decorator.
from contextlib import contextmanager

log = []


@contextmanager
def tag(name):
    log.append("<" + name + ">")
    try:
        yield name.upper()
    finally:
        log.append("</" + name + ">")


with tag("a") as t:
    log.append("body " + t)
    with tag("b") as t2:
        log.append("body " + t2)
print(log)
log.clear()

try:
    with tag("c"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e, log)
log.clear()


@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        log.append("swallowed " + type(e).__name__)


with swallow(KeyError, IndexError):
    [][1]
with swallow(KeyError):
    {}["x"]
try:
    with swallow(KeyError):
        1 / 0
except ZeroDivisionError:
    log.append("zero escaped")
print(log)
log.clear()


@contextmanager
def transaction(store):
    snapshot = dict(store)
    try:
        yield store
    except Exception:
        store.clear()
        store.update(snapshot)
        raise


db = {"a": 1}
with transaction(db) as s:
    s["b"] = 2
try:
    with transaction(db) as s:
        s["c"] = 3
        raise RuntimeError("rollback")
except RuntimeError as e:
    print("rolled back:", e)
print(db)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)


@contextmanager
def double_yield():
    yield 1
    yield 2


try:
    with double_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)


@tag("deco")
def decorated(x):
    log.append("call %d" % x)
    return x * 2


print(decorated(3), decorated(4), log)
cm = tag("once")
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__)
