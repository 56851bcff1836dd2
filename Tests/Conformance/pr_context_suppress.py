# __enter__/__exit__: suppressing exceptions by returning True, exit arguments and nesting order.
class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit clean")
            return False
        print("exit with", exc_type.__name__, exc, isinstance(exc, exc_type))
        return issubclass(exc_type, self.types)


with Suppress(KeyError) as s:
    print(type(s).__name__)
with Suppress(KeyError):
    {}["missing"]
    print("not reached")
print("after suppressed")
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated:", e)
with Suppress(LookupError):
    [][3]
print("index suppressed by LookupError")


class Tracer:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return self.suppress


with Tracer("a") as a, Tracer("b", suppress=True) as b, Tracer("c") as c:
    print("body", a, b, c)
    raise RuntimeError("boom")
print("after nested")


def func():
    with Tracer("f"):
        return "returned"


print(func())


def loop():
    out = []
    for i in range(4):
        with Tracer(f"l{i}"):
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
    return out


print(loop())


class Truthy:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return "yes"


with Truthy():
    1 / 0
print("truthy suppresses")

class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
