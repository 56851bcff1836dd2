# next() on a user iterator whose __next__ raises StopIteration with arguments: the exception keeps its args.
class Manual:
    def __init__(self, limit):
        self.n = 0
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > self.limit:
            raise StopIteration(f"stopped after {self.limit}")
        return self.n


m = Manual(2)
print(next(m), next(m))
try:
    next(m)
except StopIteration as e:
    print("next():", e.args, e.value)
try:
    m.__next__()
except StopIteration as e:
    print("__next__():", e.args, e.value)
print(next(m, "default"))
m2 = Manual(0)
try:
    next(m2)
except StopIteration as e:
    print("fresh:", repr(e))
