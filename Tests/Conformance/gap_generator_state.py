# Generator objects: gi_running/gi_frame/gi_code/gi_yieldfrom, __name__/__qualname__, re-entrancy and exhaustion.
def counter(n):
    for i in range(n):
        yield i


g = counter(2)
print(g.__name__, g.__qualname__, g.gi_running, g.gi_code.co_name, g.gi_frame is not None, g.gi_yieldfrom)
print(next(g), next(g), next(g, "end"), g.gi_frame, g.gi_running)


class Holder:
    def gen(self):
        yield self


h = Holder().gen()
print(h.__qualname__, type(h).__name__, iter(h) is h)


def selfish():
    yield me.gi_running
    try:
        next(me)
    except ValueError as e:
        yield f"ValueError {e}"


me = selfish()
print(list(me))


def delegator():
    yield from counter(3)


d = delegator()
next(d)
print(type(d.gi_yieldfrom).__name__, d.gi_yieldfrom.__name__)
ge = (x * 2 for x in range(3))
print(ge.__name__, ge.__qualname__, list(ge), list(ge))


def raises_stop():
    yield 1
    raise StopIteration("inner")


try:
    list(raises_stop())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


def empty():
    return
    yield


print(list(empty()), type(empty()).__name__)
gen = counter(5)
print([next(gen) for _ in range(2)], list(gen))
g2 = counter(3)
g2.close()
print(list(g2), next(g2, "closed"))
