# Iterable unpacking in assignments, for-loops and displays, with CPython's error messages.
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
*init, last = "hello"
print(init, last)
first, *mid, end = range(6)
print(first, mid, end)
(x, y), z = "ab", "c"
print(x, y, z)
[p, q] = {"k1": 1, "k2": 2}
print(p, q)
for i, (ch, *rest) in enumerate(["ab", "cde"]):
    print(i, ch, rest)
print([*range(3), *"xy", *{"k": 1}], (*[1, 2], 3), {*(1, 2), *[2, 3]})
print({**{"a": 1}, "b": 2, **dict(c=3)}, [*[], *()], (*"",))
head, *tail = [1]
print(head, tail)
m = n = [0, 1]
m[0], m[1] = m[1], m[0]
print(m, n)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
cases = [
    lambda: unpack2([1, 2, 3]),
    lambda: unpack2([1]),
    lambda: unpack3("ab"),
    lambda: unpack2(5),
    lambda: unpack_star2([1]),
    lambda: unpack2(None),
    lambda: unpack2({"a": 1, "b": 2, "c": 3}),
    lambda: unpack2(iter(range(10))),
]


def unpack2(v):
    a, b = v
    return a, b


def unpack3(v):
    a, b, c = v
    return a, b, c


def unpack_star2(v):
    a, b, *c = v
    return a, b, c


for f in cases:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    print(*5)
except TypeError as e:
    print("TypeError", e)
try:
    print([*None])
except TypeError as e:
    print("TypeError", e)
try:
    print({**[1]})
except TypeError as e:
    print("TypeError", e)
