# __index__ on user classes accepted wherever CPython wants an integer: bin/oct/hex/chr, indexing, slicing, range, repetition.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
show(lambda: bin(Idx(10)))
show(lambda: oct(Idx(-9)))
show(lambda: hex(Idx(4096)))
show(lambda: chr(Idx(66)))
xs = list(range(10))
show(lambda: xs[Idx(3)])
show(lambda: xs[Idx(-1)])
show(lambda: "hello"[Idx(1)])
show(lambda: (1, 2, 3)[Idx(2)])
show(lambda: xs[Idx(2):Idx(5)])
show(lambda: xs[::Idx(3)])
show(lambda: list(range(Idx(4))))
show(lambda: list(range(Idx(1), Idx(9), Idx(2))))
show(lambda: "ab" * Idx(3))
show(lambda: [0] * Idx(2))
show(lambda: round(2.567, Idx(1)))
show(lambda: format(Idx(5), "") if False else "skip")
show(lambda: int(Idx(7)) if hasattr(Idx, "__int__") else "no __int__")
show(lambda: xs.pop(Idx(0)))
show(lambda: xs.insert(Idx(0), "z") or xs[:3])
show(lambda: pow(Idx(2), 3) if False else "skip")
class BadIdx:
    def __index__(self):
        return "nope"
show(lambda: hex(BadIdx()))
show(lambda: xs[BadIdx()])
show(lambda: chr(BadIdx()))
class Big:
    def __index__(self):
        return 2**100
show(lambda: xs[Big()])
show(lambda: bin(Big()))
