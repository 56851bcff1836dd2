# match statements: mapping pattern edge cases: keys that compare equal, None values, **rest copies, custom hashable keys.
# Mapping patterns look keys up; equal keys of different types match.
match {1: "int key"}:
    case {1.0: v}:
        print("1.0 finds key 1:", v)
match {True: "bool key"}:
    case {1: v}:
        print("1 finds key True:", v)

# A key that is present with value None still matches.
match {"k": None}:
    case {"k": None}:
        print("present None matched")
match {}:
    case {"k": None}:
        print("absent matched?")
    case _:
        print("absent key fails")

# Order of keys in the pattern does not matter.
match {"a": 1, "b": 2}:
    case {"b": 2, "a": 1}:
        print("order independent")

# **rest sees what is left, pattern keys removed
d = {"x": 1, "y": 2, "z": 3}
match d:
    case {"y": _, **rest}:
        print("rest without y:", rest)
print("original untouched:", d)

# rest is a copy
match d:
    case {**rest}:
        rest["new"] = 1
        print("copy:", sorted(rest), sorted(d))

# lists of mappings
records = [{"id": 1, "tags": ["a"]}, {"id": 2}, {"id": 3, "tags": []}, {"id": 4, "tags": ["b", "c"]}]
for r in records:
    match r:
        case {"id": i, "tags": [t, *more]}:
            print(i, "first tag", t, "more", more)
        case {"id": i, "tags": []}:
            print(i, "empty tags")
        case {"id": i}:
            print(i, "no tags")

# key lookups use hashing and equality of the pattern key
class Key:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, other): return isinstance(other, Key) and other.v == self.v
class KS:
    A = Key("a")
match {Key("a"): "found"}:
    case {KS.A: v}:
        print("custom key matched:", v)

# Unhashable value inside pattern is fine since keys are literals; unhashable subject keys are irrelevant.
match {"a": [1, 2]}:
    case {"a": [1, x]}:
        print("list value matched, x =", x)
