# A warehouse inventory simulation with reorder points, supplier lead times and backorders.
import random


class Product:
    def __init__(self, sku, on_hand, reorder_point, order_qty, lead_time, unit_cost):
        self.sku, self.on_hand = sku, on_hand
        self.reorder_point, self.order_qty = reorder_point, order_qty
        self.lead_time, self.unit_cost = lead_time, unit_cost
        self.backorders = 0
        self.history = []

    @property
    def position(self):
        return self.on_hand - self.backorders

    def __repr__(self):
        return f"<{self.sku} hand={self.on_hand} back={self.backorders}>"


class Warehouse:
    def __init__(self, products):
        self.products = {p.sku: p for p in products}
        self.pipeline = []  # (arrival_day, sku, qty)
        self.day = 0
        self.ledger = {"sold": 0, "lost": 0, "ordered": 0, "spent": 0}

    def on_order(self, sku):
        return sum(q for _, s, q in self.pipeline if s == sku)

    def receive(self):
        arrived = [o for o in self.pipeline if o[0] == self.day]
        self.pipeline = [o for o in self.pipeline if o[0] != self.day]
        for _, sku, qty in arrived:
            p = self.products[sku]
            filled = min(qty, p.backorders)
            p.backorders -= filled
            p.on_hand += qty - filled
            self.ledger["sold"] += filled
            yield f"recv {sku} x{qty} (filled {filled} backorders)"

    def demand(self, sku, qty, backorder_ok):
        p = self.products[sku]
        sold = min(qty, p.on_hand)
        p.on_hand -= sold
        self.ledger["sold"] += sold
        short = qty - sold
        if short:
            if backorder_ok:
                p.backorders += short
            else:
                self.ledger["lost"] += short
        return sold, short

    def review(self):
        for p in self.products.values():
            if p.position + self.on_order(p.sku) <= p.reorder_point:
                self.pipeline.append((self.day + p.lead_time, p.sku, p.order_qty))
                self.ledger["ordered"] += 1
                self.ledger["spent"] += p.order_qty * p.unit_cost
                yield f"order {p.sku} x{p.order_qty} arriving day {self.day + p.lead_time}"

    def step(self, orders):
        events = list(self.receive())
        for sku, qty, backorder_ok in orders:
            sold, short = self.demand(sku, qty, backorder_ok)
            if short:
                events.append(f"short {sku} {short}{' (backordered)' if backorder_ok else ' (lost)'}")
        events.extend(self.review())
        for p in self.products.values():
            p.history.append(p.position)
        return events


random.seed(5)
wh = Warehouse([Product("BOLT", 40, 15, 50, 2, 3), Product("NUT", 25, 10, 30, 3, 2),
                Product("GEAR", 6, 2, 5, 4, 40)])
for day in range(1, 13):
    wh.day = day
    orders = []
    for sku in ("BOLT", "NUT", "GEAR"):
        qty = random.randint(0, 12) if sku != "GEAR" else random.choice([0, 0, 1, 2])
        if qty:
            orders.append((sku, qty, sku != "NUT"))
    events = wh.step(orders)
    demand = ", ".join(f"{s}:{q}" for s, q, _ in orders)
    print(f"day {day:>2} demand [{demand}]")
    for e in events:
        print(f"        {e}")
print(list(wh.products.values()))
print("pipeline:", sorted(wh.pipeline))
print("ledger:", wh.ledger)
for p in wh.products.values():
    lo, hi = min(p.history), max(p.history)
    spark = "".join(" .:-=+*#"[min(7, max(0, (v - lo) * 7 // (hi - lo or 1)))] for v in p.history)
    print(f"{p.sku:<5} min={lo:>3} max={hi:>3} |{spark}| avg={sum(p.history) / len(p.history):.2f}")
