# Mail-merge style rendering with str.format_map, including a mapping class
# that supplies placeholders for missing keys.

class Defaulting:
    def __init__(self, data):
        self.data = data
        self.missing = []

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        self.missing.append(key)
        return "<" + key + ">"


TEMPLATE = "Dear {title} {name},\nyour order #{order:05d} of {total:,.2f} EUR ships on {date}."
rows = [
    {"title": "Dr.", "name": "Ada", "order": 42, "total": 1234.5, "date": "Mon"},
    {"name": "Bob", "order": 7, "total": 99.0},
]
for row in rows:
    ctx = Defaulting(row)
    print(TEMPLATE.format_map(ctx))
    print("  missing:", ctx.missing)
print("{a}-{b}".format_map({"a": 1, "b": [2]}))
try:
    "{x}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
