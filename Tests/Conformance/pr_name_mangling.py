# Private name mangling: __attr inside classes becomes _Class__attr, per-class separation in inheritance.
class Account:
    def __init__(self, balance):
        self.__balance = balance
        self._protected = "p"

    def balance(self):
        return self.__balance

    def __helper(self):
        return "helper of Account"

    def call_helper(self):
        return self.__helper()


acct = Account(100)
print(acct.balance(), acct.call_helper())
print(sorted(vars(acct)))
print(acct._Account__balance, acct._Account__helper())
try:
    acct.__balance
except AttributeError as e:
    print("AttributeError:", e)


class Savings(Account):
    def __init__(self, balance):
        super().__init__(balance)
        self.__balance = "child's own"

    def child_view(self):
        return self.__balance


s = Savings(50)
print(s.balance(), s.child_view(), sorted(vars(s)))


class Dunder:
    def __init__(self):
        self.__both__ = "not mangled"


print(sorted(vars(Dunder())))


class _Leading:
    def __init__(self):
        self.__x = 1


print(sorted(vars(_Leading())))


class Outer:
    __class_private = "cp"

    def get(self):
        return self.__class_private, Outer.__class_private


print(Outer().get(), "_Outer__class_private" in Outer.__dict__)
print(getattr(acct, "_Account__balance"), hasattr(acct, "__balance"))
