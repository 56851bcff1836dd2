# A vending machine state machine: explicit states, transition table, coin handling, change making and error states.
class VendingError(Exception):
    pass


class InvalidTransition(VendingError):
    def __init__(self, state, event):
        super().__init__(f"cannot {event!r} while {state}")
        self.state, self.event = state, event


COINS = (200, 100, 50, 20, 10, 5)


class Machine:
    TRANSITIONS = {
        "idle": {"coin": "paying", "service": "maintenance"},
        "paying": {"coin": "paying", "select": "vending", "refund": "idle"},
        "vending": {"done": "idle"},
        "maintenance": {"restock": "maintenance", "service": "idle"},
    }

    def __init__(self, stock, prices):
        self.state = "idle"
        self.stock = dict(stock)
        self.prices = dict(prices)
        self.credit = 0
        self.bank = {c: 2 for c in COINS}
        self.history = []

    def fire(self, event, *args):
        allowed = Machine.TRANSITIONS[self.state]
        if event not in allowed:
            raise InvalidTransition(self.state, event)
        result = getattr(self, "on_" + event)(*args)
        self.history.append((self.state, event, allowed[event]))
        self.state = allowed[event]
        return result

    def on_coin(self, value):
        if value not in COINS:
            raise VendingError(f"rejected coin {value}")
        self.credit += value
        self.bank[value] += 1
        return self.credit

    def on_select(self, item):
        if item not in self.prices:
            raise VendingError(f"unknown item {item!r}")
        if self.stock.get(item, 0) == 0:
            raise VendingError(f"{item} sold out")
        price = self.prices[item]
        if self.credit < price:
            raise VendingError(f"insert {price - self.credit} more")
        change = self.make_change(self.credit - price)
        self.stock[item] -= 1
        self.credit = 0
        return item, change

    def make_change(self, amount):
        out, remaining = [], amount
        bank = dict(self.bank)
        for c in COINS:
            while remaining >= c and bank[c] > 0:
                bank[c] -= 1
                out.append(c)
                remaining -= c
        if remaining:
            raise VendingError(f"cannot make change for {amount}")
        self.bank = bank
        return out

    def on_refund(self):
        coins, self.credit = self.make_change(self.credit), 0
        return coins

    def on_done(self):
        return "thank you"

    def on_service(self):
        return "toggled"

    def on_restock(self, item, n):
        self.stock[item] = self.stock.get(item, 0) + n
        return self.stock[item]


m = Machine({"cola": 1, "chips": 5}, {"cola": 120, "chips": 65, "gum": 30})
script = [("select", "cola"), ("coin", 100), ("coin", 3), ("select", "cola"), ("coin", 50), ("select", "gum"),
          ("select", "cola"), ("done",), ("coin", 200), ("select", "cola"), ("select", "chips"), ("done",),
          ("coin", 20), ("coin", 20), ("refund",), ("service",), ("coin", 10), ("restock", "cola", 3), ("service",),
          ("coin", 200), ("coin", 200), ("coin", 200), ("select", "chips")]
for step in script:
    try:
        print(f"{m.state:>11} {step!s:28} -> {m.fire(*step)!r}")
    except InvalidTransition as e:
        print(f"{m.state:>11} {step!s:28} !! {e}")
    except VendingError as e:
        print(f"{m.state:>11} {step!s:28} !! VendingError: {e}")
print(m.state, m.credit, m.stock, sorted(m.bank.items()))
print(len(m.history), m.history[:3])
