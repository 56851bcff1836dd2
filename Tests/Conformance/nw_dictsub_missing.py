# dict subclasses with __missing__: defaults, auto-vivification, counters,
# and str.format_map using a dict subclass with __missing__.


class Default(dict):
    def __init__(self, factory, *args):
        super().__init__(*args)
        self.factory = factory

    def __missing__(self, key):
        value = self.factory()
        self[key] = value
        return value


groups = Default(list)
for word in ["apple", "bob", "avocado", "cat", "banana"]:
    groups[word[0]].append(word)
print(groups, sorted(groups))
print(groups.get("z"), "z" in groups, len(groups))
print(groups["z"], "z" in groups)


class Tree(dict):
    def __missing__(self, key):
        child = self[key] = Tree()
        return child


t = Tree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2
print(t)


class ZeroCounter(dict):
    def __missing__(self, key):
        return 0


counts = ZeroCounter()
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts["q"], "q" in counts)


class Loud(dict):
    def __missing__(self, key):
        raise KeyError("no such key: " + repr(key))


try:
    Loud(a=1)["b"]
except KeyError as e:
    print(type(e).__name__, e)


class Placeholder(dict):
    def __missing__(self, key):
        return "{" + key + "}"


template = "Hello {name}, you owe {amount} to {creditor}"
print(template.format_map(Placeholder(name="Ann", amount=5)))
print("{a}-{b}-{a}".format_map(Placeholder(a="x")))
print("{0}".format("pos"), "{x.real}".format_map({"x": 3}))
try:
    template.format_map({"name": "Bo"})
except KeyError as e:
    print(type(e).__name__, e)
print("{n:>5}|{m!r}".format_map(Placeholder(n=42, m="s")))


class Upper(dict):
    def __missing__(self, key):
        if key.isupper():
            return self[key.lower()].upper()
        raise KeyError(key)


u = Upper(greet="hi")
print("{greet} {GREET}".format_map(u))
try:
    "{nope}".format_map(u)
except KeyError as e:
    print(type(e).__name__, e)
print(dict(groups) == groups, type(dict(groups)).__name__)
