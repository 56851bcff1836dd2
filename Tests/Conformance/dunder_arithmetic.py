# Operator overloading: forward, reflected and in-place forms.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __bool__(self):
        return bool(self.x or self.y)


a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a, -a, abs(b), a @ b)
print(a == Vec(1, 2), a != b, bool(Vec(0, 0)), bool(a))
print({a: "a", Vec(1, 2): "again"})
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "s" * a
except TypeError as e:
    print("TypeError:", e)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        self.items.append(x)
        return self

    def __repr__(self):
        return f"Acc{self.items}"


acc = Acc()
alias = acc
acc += 1
acc += 2
print(acc, alias is acc)
x = [1]
y = x
x += [2, 3]
print(x, y, x is y)
t = (1,)
u = t
t += (2,)
print(t, u)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __radd__(self, other):
        return Money(self.cents + other)

    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))

    def __repr__(self):
        return f"Money({self.cents})"


print(sum([Money(5), Money(10), Money(20)]))
print(10 + Money(1), Money(1) + 10)


class Base:
    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"


class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"


print(Base() + Derived(), Derived() + Base())
