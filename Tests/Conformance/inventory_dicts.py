# Dict-heavy bookkeeping: nested dicts, grouping, sorting by several keys.
orders = [
    ("alice", "apple", 3), ("bob", "pear", 1), ("alice", "pear", 2),
    ("carol", "apple", 5), ("bob", "apple", 2), ("carol", "plum", 1),
]
by_customer = {}
by_item = {}
for customer, item, qty in orders:
    by_customer.setdefault(customer, {})
    by_customer[customer][item] = by_customer[customer].get(item, 0) + qty
    by_item[item] = by_item.get(item, 0) + qty
print(by_customer)
print(by_item)
ranking = sorted(by_item.items(), key=lambda kv: (-kv[1], kv[0]))
print(ranking)
totals = {c: sum(items.values()) for c, items in by_customer.items()}
print(totals, max(totals, key=totals.get), min(totals.values()))
prices = {"apple": 0.5, "pear": 0.75, "plum": 1.25}
bills = {c: round(sum(prices[i] * q for i, q in items.items()), 2) for c, items in by_customer.items()}
print(bills)
for customer in sorted(by_customer):
    items = by_customer[customer]
    line = ", ".join(f"{q}x{i}" for i, q in sorted(items.items()))
    print(f"{customer:>6}: {line} = {bills[customer]:.2f}")
merged = {**prices, "kiwi": 2.0}
merged.update(apple=0.6)
print(merged, list(merged.keys())[-1], "kiwi" in merged)
del merged["pear"]
print(len(merged), merged.pop("plum"), merged)
