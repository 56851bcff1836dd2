# property with getter/setter/deleter, property() call form, docstrings, read-only errors and inheritance.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        """Current balance."""
        self.history.append("get")
        return self._balance

    @balance.setter
    def balance(self, value):
        if not isinstance(value, int):
            raise TypeError(f"balance must be int, not {type(value).__name__}")
        if value < 0:
            raise ValueError("balance cannot be negative")
        self.history.append(f"set {value}")
        self._balance = value

    @balance.deleter
    def balance(self):
        self.history.append("del")
        del self._balance

    @property
    def owner_upper(self):
        return self.owner.upper()


a = Account("ann", 10)
print(a.balance)
a.balance = 25
print(a.balance)
for bad in [-1, 2.5, "x"]:
    try:
        a.balance = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
del a.balance
try:
    a.balance
except AttributeError as e:
    print("AttributeError:", e)
print(a.history)
print(Account.balance.__doc__)
print(type(Account.balance).__name__)
print(a.owner_upper)
try:
    a.owner_upper = "X"
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a.owner_upper
except AttributeError as e:
    print("AttributeError:", e)


class Point:
    def _get_x(self):
        return self._x

    def _set_x(self, v):
        self._x = float(v)

    def _del_x(self):
        print("deleting x")
        del self._x

    x = property(_get_x, _set_x, _del_x, "the x coordinate")
    y = property(lambda self: 42)


p = Point()
p.x = 3
print(p.x, p.y, Point.x.__doc__)
del p.x
print(hasattr(p, "_x"))
print(Point.x.fget is Point._get_x, Point.y.fset is None, Point.y.fdel is None)


class Base:
    @property
    def value(self):
        return "base"


class Derived(Base):
    @Base.value.setter
    def value(self, v):
        self._v = v


dd = Derived()
dd.value = 9
print(dd.value, dd._v)
try:
    Base().value = 1
except AttributeError as e:
    print("AttributeError:", e)


class Lazy:
    calls = 0

    @property
    def expensive(self):
        if "_cache" not in self.__dict__:
            Lazy.calls += 1
            self._cache = sum(range(1000))
        return self._cache


lz = Lazy()
print(lz.expensive, lz.expensive, Lazy.calls)
p.__dict__["x"] = "shadow"
p.x = 5
print(p.x, p.__dict__["x"])
