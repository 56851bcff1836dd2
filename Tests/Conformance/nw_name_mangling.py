# Private name mangling: __x attributes in classes and subclasses, methods,
# class attributes, getattr by mangled name, and names that are not mangled.


class Account:
    __count = 0

    def __init__(self, owner, balance):
        self.__owner = owner
        self.__balance = balance
        Account.__count += 1

    def __audit(self):
        return f"audit {self.__owner}:{self.__balance}"

    def report(self):
        return self.__audit()

    @classmethod
    def count(cls):
        return cls.__count

    def __repr__(self):
        return f"Account({self.__owner})"


acc = Account("ann", 10)
print(acc.report(), Account.count())
print(sorted(vars(acc)))
print(acc._Account__balance, getattr(acc, "_Account__owner"))
try:
    acc.__balance
except AttributeError as e:
    print(type(e).__name__, e)
try:
    acc.__audit()
except AttributeError as e:
    print(type(e).__name__, e)


class Savings(Account):
    def __init__(self, owner, balance, rate):
        super().__init__(owner, balance)
        self.__balance = "shadow"
        self.__rate = rate

    def details(self):
        return self.__balance, self.__rate, self._Account__balance


s = Savings("bo", 50, 0.1)
print(s.details(), s.report(), Account.count())
print(sorted(vars(s)))
try:
    s.details2 = lambda: None
    Savings.peek = lambda self: self.__rate
    s.peek()
except AttributeError as e:
    print(type(e).__name__, e)


class _Leading:
    def __init__(self):
        self.__x = 1
        self.__dunder__ = 2
        self._single = 3

    def keys(self):
        return sorted(vars(self))


print(_Leading().keys())


class __Under:
    def __init__(self):
        self.__y = 1


print(sorted(vars(__Under())))


class Outer:
    class __Inner:
        value = "inner"

    def get(self):
        return self.__Inner.value

    def names(self):
        __local = 5
        return [n for n in dir(self) if "Inner" in n], __local


print(Outer().get(), Outer().names())


class Probe:
    def check(self, obj):
        return hasattr(obj, "__secret"), hasattr(obj, "_Probe__secret")

    def set(self, obj):
        obj.__secret = 1
        setattr(obj, "__plain", 2)


class Bag:
    pass


bag = Bag()
Probe().set(bag)
print(sorted(vars(bag)), Probe().check(bag))
