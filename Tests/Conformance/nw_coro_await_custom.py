# await on objects defining __await__; values yielded from __await__ flow through send().


class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return self.value
        yield  # makes this a generator


class Ask:
    """Suspends once, yielding a request; resumes with the sent value."""

    def __init__(self, request):
        self.request = request

    def __await__(self):
        reply = yield self.request
        return "reply:" + str(reply)


class IterAwait:
    def __await__(self):
        return iter([1, 2, 3])


async def user():
    a = await Ready(5)
    b = await Ask("need-x")
    c = await Ask("need-y")
    return a, b, c


c = user()
print(c.send(None))
print(c.send("X"))
try:
    c.send("Y")
except StopIteration as e:
    print("done", e.value)


async def iter_user():
    r = await IterAwait()
    return r


c = iter_user()
print(c.send(None), c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("iter await result", e.value)


class Counter:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        total = 0
        for i in range(self.n):
            got = yield ("tick", i)
            total += got
        return total


async def summer():
    first = await Counter(3)
    second = await Counter(2)
    return first + second


c = summer()
out = [c.send(None)]
value = 1
try:
    while True:
        out.append(c.send(value))
        value += 1
except StopIteration as e:
    out.append(("result", e.value))
print(out)


async def inner():
    x = await Ask("inner-req")
    return x.upper()


async def outer():
    y = await inner()
    z = await Ask("outer-req")
    return y + "|" + z


c = outer()
print(c.send(None))
print(c.send("a"))
try:
    c.send("b")
except StopIteration as e:
    print(e.value)
