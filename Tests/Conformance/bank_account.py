# A small OO program: accounts, transfers, custom errors, class-level state.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class Account:
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self.balance})"


class Savings(Account):
    rate = 0.02

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print(f"transfer failed: {e} (short by {e.needed - e.available})")
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        print("transfer attempted", src.id, "->", dst.id)


a = Account("ann", 100)
b = Savings("bob", 50)
print(transfer(a, b, 30), transfer(b, a, 500))
print(a, b, b.add_interest(), b)
try:
    a.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
print(a.history, b.history)
print(sorted([a, b], key=lambda acc: acc.balance), isinstance(b, Account), Savings.__mro__[1].__name__)
