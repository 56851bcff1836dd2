# Generator object attributes: gi_running, gi_frame, gi_code, gi_yieldfrom, __name__ and __qualname__.
def gen_state():
    yield 1


gs = gen_state()
print(gs.gi_running, gs.gi_frame is not None, gs.gi_code.co_name)
print(gs.__name__, gs.__qualname__)
next(gs)
print(gs.gi_frame.f_lineno > 0)
list(gs)
print(gs.gi_frame is None)


def inner():
    yield "i"


def outer():
    yield from inner()


o = outer()
print(o.gi_yieldfrom)
next(o)
print(o.gi_yieldfrom.__name__)


class Holder:
    def items(self):
        yield self


print(Holder().items().__qualname__)


def self_aware():
    yield me.gi_running


me = self_aware()
print(next(me))
