# yield from: delegation, return values captured, send forwarded to subgenerators, nested trees.
def sub(label, n):
    for i in range(n):
        received = yield f"{label}{i}"
        if received is not None:
            print(f"  {label} received {received!r}")
    return f"{label} done ({n})"


def delegator():
    r1 = yield from sub("a", 2)
    print("  r1 =", r1)
    r2 = yield from sub("b", 1)
    print("  r2 =", r2)
    return [r1, r2]


d = delegator()
print(next(d))
print(d.send("hello"))
print(d.send(None))
try:
    d.send("last")
except StopIteration as e:
    print("delegator returned", e.value)


def tree(node, depth=0):
    value, children = node
    yield "  " * depth + str(value)
    for child in children:
        yield from tree(child, depth + 1)


t = (1, [(2, [(4, []), (5, [])]), (3, [(6, [(7, [])])])])
print("\n".join(tree(t)))


def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x


print(list(flatten([1, [2, (3, [4, []]), 5], [[[6]]]])))


def count_total():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x


def collector(results):
    while True:
        total = yield from count_total()
        results.append(total)


results = []
c = collector(results)
next(c)
for v in [1, 2, 3, None, 10, 20, None, None]:
    c.send(v)
print(results)


def from_iterables():
    yield from "ab"
    yield from range(2)
    yield from {"k": 1}
    x = yield from []
    yield x


print(list(from_iterables()))


def gen_with_return():
    yield 1
    return 99


print(list(gen_with_return()))
