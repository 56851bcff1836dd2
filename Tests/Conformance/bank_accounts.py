# A small ledger with dicts of lists, exceptions for invalid operations.
accounts = {}

def open_account(name, amount):
    if name in accounts:
        raise ValueError("account exists: " + name)
    accounts[name] = [amount]

def transfer(src, dst, amount):
    if amount <= 0:
        raise ValueError(f"bad amount {amount}")
    if sum(accounts[src]) < amount:
        raise RuntimeError(f"insufficient funds in {src}")
    accounts[src].append(-amount)
    accounts[dst].append(amount)

open_account("ann", 100)
open_account("bob", 50)
for src, dst, amount in [("ann", "bob", 30), ("bob", "ann", 100), ("ann", "bob", -5), ("carl", "ann", 1)]:
    try:
        transfer(src, dst, amount)
        print("ok", src, dst, amount)
    except (ValueError, RuntimeError) as e:
        print("refused:", e)
    except KeyError as e:
        print("no such account", e)
try:
    open_account("ann", 1)
except ValueError as e:
    print(e)
for name in sorted(accounts):
    print(f"{name:>5}: {sum(accounts[name]):6.2f} {accounts[name]}")
