# Descriptor protocol: __get__/__set__/__delete__/__set_name__, data vs non-data precedence, validators.
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        print("set_name", owner.__name__, name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.private)


class Positive(Typed):
    def __set__(self, obj, value):
        super().__set__(obj, value)
        if value <= 0:
            delattr(obj, self.private)
            raise ValueError(f"{self.name} must be positive")


class Product:
    name = Typed(str, "?")
    price = Positive(int)
    qty = Positive(int, 1)

    def __init__(self, name, price):
        self.name = name
        self.price = price

    def __repr__(self):
        return f"Product({self.name}, {self.price}, {self.qty})"


p = Product("pen", 3)
print(p, p.__dict__)
for attr, val in [("name", 5), ("price", -2), ("qty", "3"), ("qty", 4)]:
    try:
        setattr(p, attr, val)
        print("set", attr, val)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(p)
del p.qty
print(p.qty, type(Product.price).__name__, Product.name.name)
p.__dict__["price"] = 999
print(p.price)


class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"


class Holder:
    attr = NonData()


h = Holder()
print(h.attr, Holder.attr)
h.attr = "instance wins"
print(h.attr)
del h.attr
print(h.attr)


class Constant:
    def __init__(self, v):
        self.v = v

    def __get__(self, obj, objtype=None):
        return self.v

    def __set__(self, obj, value):
        raise AttributeError("constant")


class K:
    X = Constant(10)


k = K()
try:
    k.X = 5
except AttributeError as e:
    print("AttributeError:", e)
k.__dict__["X"] = 5
print(k.X, K.X)


class Bound:
    def __init__(self, f):
        self.f = f

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)


class UsesBound:
    def __init__(self, n):
        self.n = n

    @Bound
    def add(self, m):
        return self.n + m


print(UsesBound(4).add(5), type(UsesBound.add).__name__)
