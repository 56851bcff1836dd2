# An inventory system with classes: products, stock movements, reservations, reorder reports and error handling.
class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, sku, requested, available):
        super().__init__(f"{sku}: requested {requested}, only {available} available")
        self.sku, self.requested, self.available = sku, requested, available


class Product:
    def __init__(self, sku, name, price_cents, reorder_level=5):
        self.sku, self.name, self.price_cents = sku, name, price_cents
        self.reorder_level = reorder_level

    def __repr__(self):
        return f"Product({self.sku!r})"

    def __eq__(self, other):
        return isinstance(other, Product) and self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)


class Perishable(Product):
    def __init__(self, sku, name, price_cents, shelf_days, **kw):
        super().__init__(sku, name, price_cents, **kw)
        self.shelf_days = shelf_days

    def __repr__(self):
        return f"Perishable({self.sku!r}, {self.shelf_days}d)"


class Warehouse:
    def __init__(self, name):
        self.name = name
        self.products = {}
        self.stock = {}
        self.reserved = {}
        self.moves = []

    def add_product(self, product):
        if product.sku in self.products:
            raise InventoryError(f"duplicate sku {product.sku}")
        self.products[product.sku] = product
        self.stock[product.sku] = 0
        self.reserved[product.sku] = 0

    def _product(self, sku):
        try:
            return self.products[sku]
        except KeyError:
            raise InventoryError(f"unknown sku {sku!r}") from None

    def receive(self, sku, qty):
        self._product(sku)
        if qty <= 0:
            raise ValueError("quantity must be positive")
        self.stock[sku] += qty
        self.moves.append(("in", sku, qty))

    def available(self, sku):
        return self.stock[sku] - self.reserved[sku]

    def reserve(self, order):
        for sku, qty in order.items():
            self._product(sku)
            if qty > self.available(sku):
                raise OutOfStock(sku, qty, self.available(sku))
        for sku, qty in order.items():
            self.reserved[sku] += qty

    def ship(self, order):
        for sku, qty in order.items():
            if self.reserved[sku] < qty:
                raise InventoryError(f"{sku}: not reserved")
        for sku, qty in order.items():
            self.reserved[sku] -= qty
            self.stock[sku] -= qty
            self.moves.append(("out", sku, qty))
        return sum(self.products[s].price_cents * q for s, q in order.items())

    def reorder_report(self):
        return sorted((sku, self.available(sku)) for sku, p in self.products.items() if self.available(sku) <= p.reorder_level)

    def value(self):
        return sum(self.products[s].price_cents * q for s, q in self.stock.items())


w = Warehouse("main")
for p in [Product("BOLT", "bolt", 25, reorder_level=100), Product("NUT", "nut", 10), Perishable("GLUE", "glue", 450, 30, reorder_level=2)]:
    w.add_product(p)
for sku, qty in [("BOLT", 150), ("NUT", 40), ("GLUE", 5)]:
    w.receive(sku, qty)
print(sorted(w.stock.items()), w.value())
orders = [{"BOLT": 60, "NUT": 10}, {"GLUE": 4, "NUT": 35}, {"GLUE": 3}, {"WIDGET": 1}, {"NUT": 30}]
for order in orders:
    try:
        w.reserve(order)
        print("reserved", order, "->", w.ship(order) / 100)
    except OutOfStock as e:
        print("OutOfStock:", e, "| short by", e.requested - e.available)
    except InventoryError as e:
        print("InventoryError:", e)
print(sorted(w.stock.items()), w.reorder_report())
for bad in [lambda: w.add_product(Product("NUT", "dup", 1)), lambda: w.receive("NUT", 0), lambda: w.ship({"BOLT": 1})]:
    try:
        bad()
    except (InventoryError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(w.moves)
print(list(w.products.values()), Product("NUT", "x", 0) in w.products.values())
print(len({Product("A", "a", 1), Product("A", "b", 2), Perishable("A", "c", 3, 1)}))
