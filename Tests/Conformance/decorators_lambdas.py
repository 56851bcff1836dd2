# Decorators (function and class), closures over arguments, lambdas.
def trace(label):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            result = fn(*args, **kwargs)
            print(f"{label}: {fn.__name__}{args} -> {result}")
            return result

        wrapper.__name__ = fn.__name__
        wrapper.wrapped = fn
        return wrapper

    return decorate


@trace("calc")
def add(a, b):
    return a + b


@trace("calc")
@trace("inner")
def mul(a, b):
    return a * b


add(2, 3)
mul(4, 5)
print(add.__name__, add.wrapped(10, 20))
registry = {}


def register(cls):
    registry[cls.__name__] = cls
    return cls


@register
class Alpha:
    pass


@register
class Beta:
    pass


print(sorted(registry))


def memo(fn):
    cache = {}

    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    return inner


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80))
square = lambda x: x * x
compose = lambda f, g: lambda x: f(g(x))
print(square(7), compose(square, abs)(-3), (lambda *a, **k: (a, k))(1, b=2))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print([square(v) for v in [1, 2, 3]])
print((lambda: "no args")(), square.__name__)


class Config:
    def __init__(self):
        self.values = {}

    def option(self, name):
        def decorator(fn):
            self.values[name] = fn()
            return fn

        return decorator


cfg = Config()


@cfg.option("port")
def port():
    return 8080


print(cfg.values)
