# List and dict comprehensions: nesting, conditions, scoping.
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([row[i] for i in range(3) for row in matrix if row[i] % 2 == 0])
print([[row[i] for row in matrix] for i in range(3)])
words = ["apple", "bob", "kayak", "level", "python"]
print({w: len(w) for w in words if w == w[::-1]})
print({i: {j: i * j for j in range(i)} for i in range(4)})
x = "outer"
print([x for x in range(3)], x)
base = 10
print([base + i for i in range(3)])


def scoped(n):
    factor = n
    return [factor * k for k in range(n)]


print(scoped(4))


class K:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]


print(K.doubled)
pairs = [(a, b) for a in range(4) for b in range(a) if (a + b) % 2]
print(pairs, len(pairs))
print([c.upper() for c in "hello" if c not in "l"])
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print([[y for y in range(x)] for x in range(4)])
nested = [(i, j) for i in range(3) if i for j in range(i) if j >= 0]
print(nested)
print([n for n in [3, 1, 2] if n > 1 if n < 3])
