# sys.exc_info() and sys.exception(): outside handlers, in nested handlers, from callees and generators.
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("x")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t, v, sys.exception() is v)
    def inner():
        return sys.exc_info()[1]
    print(inner() is v)
    try:
        raise KeyError(1)
    except KeyError:
        print(sys.exc_info()[0])
    print(sys.exc_info()[0])
print(sys.exc_info())
def gen():
    try:
        raise TypeError
    except TypeError:
        yield sys.exc_info()[0]
print(list(gen()))
