# dict displays, item get/set, membership, iteration order, views, get, numeric key unification.
d = {"one": 1, "two": 2}
d["three"] = 3
d["one"] = 100
print(d, len(d), d["two"], "two" in d, "four" in d, d.get("four"), d.get("four", 4))
for k in d:
    print(k, d[k])
print(d.keys(), d.values(), d.items(), len(d.items()), {})
for k, v in d.items():
    print(k, "->", v)
counts = {}
for word in ("a", "b", "a", "c", "b", "a"):
    counts[word] = counts.get(word, 0) + 1
print(counts)
nums = {1: "int", 1.0: "float", True: "bool", (1, 2): "tuple"}
print(nums, nums[1], {2.5: 1, -0.0: 2})
counts["a"] += 10
print(counts, counts == {"a": 13, "b": 2, "c": 1})
print(d["missing"])
