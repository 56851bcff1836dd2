def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"
print(list(count(5)), sum(x * x for x in range(10)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"
e = echo()
print(next(e), e.send(1), e.send("two"))
def delegate():
    r = yield from count(3)
    yield r
print(list(delegate()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 100: break
    out.append(v)
print(out)
print([x for x in (y * 2 for y in range(4))], any(x > 3 for x in [1, 5]))
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = closing()
print(next(c))
c.close()
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}"
t = thrower()
next(t)
print(t.throw(ValueError("boom")))


def pipeline(lines):
    stripped = (line.strip() for line in lines)
    nonempty = (line for line in stripped if line)
    return [line.upper() for line in nonempty]


print(pipeline(["  a ", "", " b", "   "]))


def gen_state():
    yield 1


gs = gen_state()
print(list(gs), list(gs))
try:
    next(gs)
except StopIteration:
    print("exhausted")


def bad():
    yield 1
    raise StopIteration("inner")


try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
fresh = count(3)
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
print(sum(count(101)), max(count(7)), sorted(count(4), reverse=True))
