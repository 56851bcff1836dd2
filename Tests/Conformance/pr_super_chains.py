# super() chains: cooperative __init__ with kwargs, super in classmethods, properties and __repr__.
class Shape:
    count = 0

    def __init__(self, *, name="shape", **kwargs):
        if kwargs:
            raise TypeError(f"unexpected {sorted(kwargs)}")
        self.name = name
        Shape.count += 1

    def describe(self):
        return f"{self.name}"

    @classmethod
    def create(cls, **kw):
        return cls(**kw)

    def __repr__(self):
        return f"<{type(self).__name__} {self.describe()}>"


class Colored(Shape):
    def __init__(self, *, color="black", **kwargs):
        super().__init__(**kwargs)
        self.color = color

    def describe(self):
        return super().describe() + f" color={self.color}"


class Sized(Shape):
    def __init__(self, *, size=1, **kwargs):
        super().__init__(**kwargs)
        self.size = size

    def describe(self):
        return super().describe() + f" size={self.size}"

    @classmethod
    def create(cls, **kw):
        kw.setdefault("size", 10)
        return super().create(**kw)


class Box(Colored, Sized):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)

    def describe(self):
        return "box:" + super().describe()


print(Box(name="b1", color="red", size=3))
print(Box.create(name="b2"))
print(Sized.create(name="s"))
print(Colored(color="blue"))
print(Shape.count)
try:
    Box(name="x", weight=4)
except TypeError as e:
    print("TypeError:", e)


class Counter:
    def __init__(self):
        self._n = 0

    @property
    def n(self):
        return self._n


class LoudCounter(Counter):
    @property
    def n(self):
        return super().n * 100


lc = LoudCounter()
lc._n = 7
print(lc.n)


class Greeter:
    def greet(self, who):
        return f"hello {who}"


class Polite(Greeter):
    def greet(self, who):
        return super().greet(who).capitalize() + "."


class Shouty(Polite):
    def greet(self, who):
        return super().greet(who).upper()


print(Shouty().greet("ann"))
print(super(Shouty, Shouty()).greet("bo"))
print(super(Polite, Shouty()).greet("cy"))


def outside():
    return super().greet("x")


try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    super(Shouty, 5)
except TypeError as e:
    print("TypeError:", e)
