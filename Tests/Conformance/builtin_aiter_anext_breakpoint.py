# aiter()/anext() over a class-defined async iterator (anext with a default), their TypeErrors, and breakpoint() through sys.breakpointhook.
import os, sys
class Counter:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    it = aiter(Counter(2))
    print(await anext(it), await anext(it), await anext(it, "done"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("stop")
    out = []
    it = aiter(Counter(3))
    while (x := await anext(it, None)) is not None:
        out.append(x)
    print(out)
for bad in (lambda: aiter(5), lambda: anext(5), lambda: anext(), lambda: aiter()):
    try: bad()
    except TypeError as e: print(e)
class NoNext:
    def __aiter__(self): return 1
try: aiter(NoNext())
except TypeError as e: print(e)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
run(main())
calls = []
sys.breakpointhook = lambda *a, **k: calls.append((a, k)) or "hooked"
print(breakpoint(1, x=2), calls)
sys.breakpointhook = print
breakpoint("via", "print", sep="-")
del sys.breakpointhook
try: breakpoint()
except RuntimeError as e: print(e)
