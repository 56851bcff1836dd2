# Nested lists, dicts and tuples: deep equality, copying, sorting, repr.
data = {"users": [{"name": "ann", "tags": ["a", "b"], "score": 3.5},
                  {"name": "bob", "tags": [], "score": 2},
                  {"name": "cy", "tags": ["b"], "score": 3.5}]}
print(data)
best = max(data["users"], key=lambda u: (u["score"], u["name"]))
print(best["name"], [u["name"] for u in sorted(data["users"], key=lambda u: (-u["score"], u["name"]))])
shallow = dict(data)
shallow["users"] = list(data["users"])
shallow["users"].append({"name": "dee", "tags": ["c"], "score": 1})
print(len(data["users"]), len(shallow["users"]), data["users"][0] is shallow["users"][0])
by_tag = {}
for u in data["users"]:
    for t in u["tags"] or ["untagged"]:
        by_tag.setdefault(t, []).append(u["name"])
print(by_tag)
matrix = [[(i, j) for j in range(3)] for i in range(2)]
print(matrix, matrix == [[(0, 0), (0, 1), (0, 2)], [(1, 0), (1, 1), (1, 2)]], (1, [2, 3]) == (1, [2, 3]))
nested = [1, [2, [3, [4, [5]]]]]


def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten(nested)), sum(flatten(nested)))
a = [1, 2]
a.append(a)
print(a, {"k": {"k": {}}})
