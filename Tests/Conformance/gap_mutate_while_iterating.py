# Mutating containers while iterating: dict/set size changes raise RuntimeError, lists do not.
d = {"a": 1, "b": 2}
try:
    for k in d:
        d[k * 2] = 0
except RuntimeError as e:
    print("dict add:", e)
print(sorted(d))
d = {1: "x", 2: "y", 3: "z"}
try:
    for k in d.keys():
        del d[k]
except RuntimeError as e:
    print("dict del:", e)
print(d)
d = {1: "x", 2: "y"}
try:
    for k, v in d.items():
        d.pop(k)
except RuntimeError as e:
    print("dict items pop:", e)
d = {1: 1}
try:
    for v in d.values():
        d.clear()
except RuntimeError as e:
    print("dict values clear:", e)
d = {1: "x", 2: "y"}
for k in d:
    d[k] = d[k] * 3
print("value updates are fine:", d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("set add:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("set discard:", e)
xs = [1, 2, 3]
for x in xs:
    if x < 3:
        xs.append(x * 10)
print("list append:", xs)
ys = [1, 2, 3, 4, 5, 6]
for y in ys:
    ys.remove(y)
print("list remove:", ys)
d = {"k": 1}
it = iter(d)
d["other"] = 2
try:
    next(it)
except RuntimeError as e:
    print("stale iterator:", e)
d = {"k": 1, "j": 2}
it = iter(d)
del d["k"]
d["k"] = 1
try:
    print(list(it))
except RuntimeError as e:
    print("same size, keys changed:", e)
