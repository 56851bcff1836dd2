# str.format_map details: __missing__ is consulted for every occurrence of a field,
# positional fields are rejected, and the no-argument error message.


class Counting(dict):
    def __init__(self):
        super().__init__()
        self.misses = []

    def __missing__(self, key):
        self.misses.append(key)
        return key.upper()


c = Counting()
print("{y} {z} {y}".format_map(c), c.misses)
try:
    "{0}".format_map({"0": "zero"})
except (ValueError, KeyError, IndexError) as e:
    print(type(e).__name__, e)
try:
    "{}".format_map({})
except (ValueError, KeyError, IndexError) as e:
    print(type(e).__name__, e)
try:
    "{a}".format_map()
except TypeError as e:
    print(type(e).__name__, e)
