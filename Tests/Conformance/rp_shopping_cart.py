# A shopping cart with coupons, bundle deals, per-category tax and a receipt printer.

class CartError(Exception):
    pass


CATALOG = {
    "apple": ("Apple", 45, "food"),
    "bread": ("Sourdough bread", 425, "food"),
    "soap": ("Olive oil soap", 350, "household"),
    "pen": ("Gel pen", 199, "office"),
    "tv": ("4K television", 49999, "electronics"),
    "cable": ("HDMI cable", 1299, "electronics"),
}
TAX_BP = {"food": 0, "household": 825, "office": 825, "electronics": 825}


class Cart:
    def __init__(self):
        self.lines = {}
        self.coupons = []

    def add(self, sku, qty=1):
        if sku not in CATALOG:
            raise CartError(f"unknown product {sku!r}")
        if qty <= 0:
            raise CartError(f"quantity must be positive, got {qty}")
        self.lines[sku] = self.lines.get(sku, 0) + qty
        return self

    def remove(self, sku, qty=None):
        have = self.lines.get(sku, 0)
        if not have:
            raise CartError(f"{sku!r} not in cart")
        if qty is None or qty >= have:
            del self.lines[sku]
        else:
            self.lines[sku] = have - qty
        return self

    def apply(self, coupon):
        if any(c.code == coupon.code for c in self.coupons):
            raise CartError(f"coupon {coupon.code} already applied")
        self.coupons.append(coupon)
        return self

    def priced_lines(self):
        for sku, qty in sorted(self.lines.items()):
            name, price, cat = CATALOG[sku]
            yield sku, name, qty, price, cat, qty * price

    def total(self):
        lines = list(self.priced_lines())
        subtotal = sum(l[-1] for l in lines)
        discounts = []
        for c in self.coupons:
            amount = c.discount(lines, subtotal - sum(d for _, d in discounts))
            if amount:
                discounts.append((c.code, amount))
        taxable = {}
        for sku, name, qty, price, cat, ext in lines:
            taxable[cat] = taxable.get(cat, 0) + ext
        share = sum(d for _, d in discounts)
        tax = 0
        for cat, amount in sorted(taxable.items()):
            portion = amount - share * amount // subtotal if subtotal else 0
            tax += (portion * TAX_BP[cat] + 5000) // 10000
        return lines, subtotal, discounts, tax, subtotal - share + tax


class Percent:
    def __init__(self, code, pct, minimum=0):
        self.code, self.pct, self.minimum = code, pct, minimum

    def discount(self, lines, running):
        return running * self.pct // 100 if running >= self.minimum else 0


class BuyXGetY:
    def __init__(self, code, sku, x, y):
        self.code, self.sku, self.x, self.y = code, sku, x, y

    def discount(self, lines, running):
        for sku, _, qty, price, _, _ in lines:
            if sku == self.sku:
                return (qty // (self.x + self.y)) * self.y * price
        return 0


def d(cents):
    return f"{cents // 100}.{cents % 100:02d}"


def receipt(cart):
    lines, subtotal, discounts, tax, total = cart.total()
    out = []
    for sku, name, qty, price, cat, ext in lines:
        out.append(f"{name[:18]:<18} {qty:>3} x {d(price):>7} {d(ext):>9}")
    out.append(f"{'Subtotal':<32}{d(subtotal):>10}")
    out.extend(f"{'  ' + code:<32}{'-' + d(amt):>10}" for code, amt in discounts)
    out.append(f"{'Tax':<32}{d(tax):>10}")
    out.append(f"{'TOTAL':<32}{d(total):>10}")
    return "\n".join(out)


cart = Cart().add("apple", 7).add("bread").add("soap", 2).add("pen", 3)
print(receipt(cart))
cart.apply(BuyXGetY("APPLE3", "apple", 2, 1)).apply(Percent("TENOFF", 10, minimum=2000))
print("-" * 42)
print(receipt(cart))
cart.remove("soap", 1).remove("pen").add("tv").add("cable", 2)
print("-" * 42)
print(receipt(cart))
for action in [lambda: cart.add("ham"), lambda: cart.add("pen", 0), lambda: cart.remove("pen"),
               lambda: cart.apply(Percent("TENOFF", 5))]:
    try:
        action()
    except CartError as e:
        print("CartError:", e)
print(Cart().total())
