# Generators and objects are finalized when collected: finally blocks of suspended
# generators (also through yield from chains) and __del__ run at gc.collect().
import gc

log = []


def deep(n):
    try:
        if n == 0:
            yield "bottom"
        else:
            yield from deep(n - 1)
    finally:
        log.append("deep %d" % n)


g = deep(3)
print(next(g))
del g
gc.collect()
print(log)


def simple():
    try:
        yield 1
    finally:
        log.append("simple finally")


log.clear()
g = simple()
next(g)
g = None
gc.collect()
print(log)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append("del " + self.name)


log.clear()
n = Noisy("a")
del n
gc.collect()
print(log)
