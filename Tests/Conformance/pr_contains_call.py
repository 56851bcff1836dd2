# __contains__ and __call__: membership fallbacks, callable objects as functions, keys and decorators.
class EvenNumbers:
    def __contains__(self, x):
        return isinstance(x, int) and x % 2 == 0


ev = EvenNumbers()
print(4 in ev, 5 in ev, "4" in ev, 3 not in ev)


class Truthy:
    def __contains__(self, x):
        return x  # the result is converted with bool()


print(1 in Truthy(), 0 in Truthy(), [] in Truthy(), "a" in Truthy())


class IterOnly:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])


print(2 in IterOnly(), 9 in IterOnly())


class Nothing:
    pass


try:
    1 in Nothing()
except TypeError as e:
    print("TypeError:", e)


class Interval:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __contains__(self, x):
        return self.lo <= x < self.hi


print([x for x in range(10) if x in Interval(3, 7)], 2.5 in Interval(2, 3))


class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0

    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (x * self.k + sum(rest)) * scale


double = Multiplier(2)
print(double(5), double(5, 1, 1), double(x=3), double(1, scale=10), double.calls)
print(list(map(double, [1, 2, 3])), callable(double), callable(Nothing()), callable(Multiplier))
print(sorted([3, -1, 2], key=Multiplier(-1)))
try:
    double()
except TypeError as e:
    print("TypeError:", e)
try:
    Nothing()()
except TypeError as e:
    print("TypeError:", e)


class CountCalls:
    def __init__(self, func):
        self.func = func
        self.count = 0

    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.func(*args, **kwargs)


@CountCalls
def add(a, b=0):
    return a + b


print(add(1, 2), add(5), add(b=1, a=1), add.count, type(add).__name__)


class Memo:
    def __init__(self, func):
        self.func = func
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.func(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), len(fib.cache))


class Adder:
    def __call__(self, other):
        return Adder2(other)


class Adder2:
    def __init__(self, a):
        self.a = a

    def __call__(self, b):
        return self.a + b


print(Adder()(3)(4))
inst = Multiplier(3)
inst.__call__ = lambda x: "instance attr ignored"
print(inst(2))
