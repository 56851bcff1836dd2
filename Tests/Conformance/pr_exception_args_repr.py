# Exception args, str() and repr() for zero, one and many arguments; mutation of args; common built-in messages.
cases = [
    ValueError(),
    ValueError("msg"),
    ValueError("a", 2),
    ValueError(42),
    ValueError(None),
    ValueError(""),
    ValueError(("t",)),
    KeyError("key"),
    KeyError(),
    KeyError("a", "b"),
    KeyError(3),
    IndexError("list index out of range"),
    StopIteration(7),
    SystemExit(3),
    Exception("multi\nline"),
    RuntimeError("quote ' and \""),
]
for e in cases:
    print(type(e).__name__, e.args, "str=" + str(e), "repr=" + repr(e))
e = ValueError("x")
e.args = ("changed", 1)
print(str(e), repr(e))
e.args = ()
print(repr(str(e)), repr(e))
print(StopIteration(7).value, StopIteration().value)
print(repr(KeyError("it's")), str(KeyError("it's")))


def messages():
    yield lambda: [1][5]
    yield lambda: {"a": 1}["b"]
    yield lambda: 1 / 0
    yield lambda: 1 % 0
    yield lambda: int("abc")
    yield lambda: float("x1")
    yield lambda: "a" + 1
    yield lambda: 1 + "a"
    yield lambda: [].pop()
    yield lambda: {}.popitem()
    yield lambda: "abc".index("z")
    yield lambda: [1, 2].index(3)
    yield lambda: (1, 2)[7]
    yield lambda: "ab"[9]
    yield lambda: None.foo
    yield lambda: len(5)
    yield lambda: undefined_name
    yield lambda: int(None)
    yield lambda: [1, 2, 3].remove(9)
    yield lambda: set().pop()


for f in messages():
    try:
        f()
    except Exception as e:
        print(type(e).__name__, "|", e, "|", e.args)
