# A double-entry bank ledger: accounts, transfers with validation, rollback on failure, statements and audits.
class LedgerError(Exception):
    pass


class InsufficientFunds(LedgerError):
    def __init__(self, account, needed, available):
        super().__init__(f"{account}: needs {needed}, has {available}")
        self.account, self.needed, self.available = account, needed, available


class Ledger:
    def __init__(self):
        self.balances = {}
        self.entries = []
        self.overdraft = {}

    def open(self, name, initial=0, overdraft=0):
        if name in self.balances:
            raise LedgerError(f"account {name!r} already exists")
        self.balances[name] = 0
        self.overdraft[name] = overdraft
        if initial:
            self.balances[name] = initial
            self.entries.append(("open", name, initial))

    def _check(self, name):
        if name not in self.balances:
            raise LedgerError(f"no such account {name!r}")

    def transfer(self, src, dst, amount, memo=""):
        self._check(src)
        self._check(dst)
        if amount <= 0:
            raise ValueError(f"amount must be positive, got {amount}")
        if src == dst:
            raise LedgerError("cannot transfer to same account")
        available = self.balances[src] + self.overdraft[src]
        if amount > available:
            raise InsufficientFunds(src, amount, available)
        self.balances[src] -= amount
        self.balances[dst] += amount
        self.entries.append(("xfer", src, dst, amount, memo))

    def batch(self, transfers):
        snapshot = (dict(self.balances), len(self.entries))
        try:
            for t in transfers:
                self.transfer(*t)
        except (LedgerError, ValueError):
            self.balances, n = snapshot
            del self.entries[n:]
            raise

    def statement(self, name):
        lines, bal = [], 0
        for e in self.entries:
            if e[0] == "open" and e[1] == name:
                bal += e[2]
                lines.append(f"  open      {e[2]:>8}  {bal:>8}")
            elif e[0] == "xfer" and name in (e[1], e[2]):
                sign = -1 if e[1] == name else 1
                bal += sign * e[3]
                other = e[2] if sign < 0 else e[1]
                lines.append(f"  {'to' if sign < 0 else 'from'} {other:<6}{sign * e[3]:>8}  {bal:>8}  {e[4]}".rstrip())
        return lines

    def audit(self):
        opened = sum(e[2] for e in self.entries if e[0] == "open")
        return opened == sum(self.balances.values())


L = Ledger()
L.open("alice", 1000)
L.open("bob", 50, overdraft=100)
L.open("carol")
L.transfer("alice", "bob", 300, "rent")
L.transfer("bob", "carol", 400, "loan")
for args in [("carol", "alice", 500), ("bob", "bob", 1), ("alice", "dave", 5), ("alice", "bob", -5), ("bob", "alice", 1)]:
    try:
        L.transfer(*args)
        print("ok", args)
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, e.needed - e.available)
    except (LedgerError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    L.open("bob")
except LedgerError as e:
    print("LedgerError:", e)
before = dict(L.balances)
try:
    L.batch([("alice", "carol", 100), ("carol", "bob", 50), ("carol", "alice", 10 ** 6)])
except LedgerError as e:
    print("batch rolled back:", e, L.balances == before)
L.batch([("alice", "carol", 100), ("carol", "bob", 50)])
print(sorted(L.balances.items()), L.audit())
for name in sorted(L.balances):
    print(name)
    print("\n".join(L.statement(name)))
