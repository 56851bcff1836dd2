# Event sourcing: an append-only ledger of account events, projections, snapshots and replay.

class DomainError(Exception):
    pass


class Event:
    def __init__(self, seq, kind, account, **data):
        self.seq, self.kind, self.account, self.data = seq, kind, account, data

    def __repr__(self):
        args = ", ".join(f"{k}={v!r}" for k, v in sorted(self.data.items()))
        return f"{self.seq:03d} {self.kind}({self.account}{', ' + args if args else ''})"


class Account:
    def __init__(self, name):
        self.name, self.balance, self.open, self.version = name, 0, False, 0

    def apply(self, ev):
        handler = getattr(self, "on_" + ev.kind)
        handler(**ev.data)
        self.version = ev.seq

    def on_opened(self, owner):
        self.open, self.owner = True, owner

    def on_deposited(self, amount):
        self.balance += amount

    def on_withdrew(self, amount):
        self.balance -= amount

    def on_closed(self):
        self.open = False

    def snapshot(self):
        return dict(vars(self))

    @classmethod
    def restore(cls, snap):
        acc = cls.__new__(cls)
        acc.__dict__.update(snap)
        return acc

    def __repr__(self):
        state = "open" if self.open else "closed"
        return f"<{self.name} {state} balance={self.balance} v{self.version}>"


class Ledger:
    def __init__(self):
        self.events = []
        self.snapshots = {}

    def _emit(self, kind, account, **data):
        ev = Event(len(self.events) + 1, kind, account, **data)
        self.events.append(ev)
        return ev

    def load(self, name, upto=None):
        snap = self.snapshots.get(name)
        acc = Account.restore(snap) if snap and (upto is None or snap["version"] <= upto) else Account(name)
        for ev in self.events:
            if ev.account == name and ev.seq > acc.version and (upto is None or ev.seq <= upto):
                acc.apply(ev)
        return acc

    def command(self, kind, name, **data):
        acc = self.load(name)
        if kind == "open":
            if acc.open or acc.version:
                raise DomainError(f"{name} already exists")
            return self._emit("opened", name, owner=data["owner"])
        if not acc.open:
            raise DomainError(f"{name} is not open")
        amount = data.get("amount", 0)
        if kind in ("deposit", "withdraw") and amount <= 0:
            raise DomainError(f"amount must be positive, got {amount}")
        if kind == "deposit":
            return self._emit("deposited", name, amount=amount)
        if kind == "withdraw":
            if amount > acc.balance:
                raise DomainError(f"{name}: insufficient funds ({acc.balance} < {amount})")
            return self._emit("withdrew", name, amount=amount)
        if kind == "transfer":
            self.command("withdraw", name, amount=amount)
            try:
                return self.command("deposit", data["to"], amount=amount)
            except DomainError:
                self._emit("deposited", name, amount=amount)  # compensate
                raise
        if kind == "close":
            if acc.balance:
                raise DomainError(f"{name} still holds {acc.balance}")
            return self._emit("closed", name)
        raise DomainError(f"unknown command {kind!r}")

    def take_snapshot(self, name):
        self.snapshots[name] = self.load(name).snapshot()


ledger = Ledger()
commands = [("open", "A", {"owner": "ann"}), ("open", "B", {"owner": "bo"}), ("deposit", "A", {"amount": 100}),
            ("withdraw", "A", {"amount": 30}), ("open", "A", {"owner": "x"}), ("withdraw", "B", {"amount": 5}),
            ("transfer", "A", {"amount": 50, "to": "B"}), ("transfer", "A", {"amount": 10, "to": "C"}),
            ("deposit", "B", {"amount": -3}), ("close", "B", {}), ("withdraw", "B", {"amount": 50}),
            ("close", "B", {}), ("deposit", "B", {"amount": 1}), ("refund", "A", {})]
for kind, name, data in commands:
    try:
        ev = ledger.command(kind, name, **data)
        print(f"ok   {kind:<8} {name} -> {ev}")
    except DomainError as e:
        print(f"FAIL {kind:<8} {name} -> {e}")
print("events:", len(ledger.events))
for ev in ledger.events:
    print("  ", ev)
print(ledger.load("A"), ledger.load("B"))
print("history of A:", [ledger.load("A", upto=n).balance for n in range(1, len(ledger.events) + 1)])
ledger.take_snapshot("A")
print("snapshot:", sorted(ledger.snapshots["A"].items()))
ledger.command("deposit", "A", amount=7)
print("after snapshot:", ledger.load("A"), "| rebuilt without snapshot:", ledger.load("A", upto=3))
by_kind = {}
for ev in ledger.events:
    by_kind.setdefault(ev.kind, []).append(ev.seq)
print(by_kind)
