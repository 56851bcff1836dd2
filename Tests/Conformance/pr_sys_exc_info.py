# sys.exc_info() and sys.exception(): the exception being handled, nesting, and state after the handler.
import sys


def log_current(where):
    etype, value, tb = sys.exc_info()
    name = etype.__name__ if etype else None
    print(f"{where}: type={name} value={value!r} tb={'yes' if tb else 'no'} exception={sys.exception()!r}")


log_current("top level")
try:
    raise KeyError("k")
except KeyError:
    log_current("handler")
    try:
        raise ValueError("inner")
    except ValueError:
        log_current("nested handler")
    log_current("back in outer handler")
log_current("after try")


def risky():
    return 1 / 0


try:
    risky()
except ZeroDivisionError:
    info = sys.exc_info()
print(info[0].__name__, info[1], info[1] is not None)


def gen():
    try:
        raise TypeError("in generator")
    except TypeError:
        yield sys.exception()
    yield sys.exception()


g = gen()
print(repr(next(g)), repr(next(g)))
