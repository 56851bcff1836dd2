# Arity messages of tuple/range count and index, vars() and round(), as argument clinic words them.
for f in [lambda: tuple().index(), lambda: (1,).count(), lambda: range(3).count(), lambda: range(3).index(),
          lambda: vars(1, 2), lambda: round(1, 2, 3), lambda: round()]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print((1, 2, 1).count(1), range(5).index(3), round(2.675, 2), vars(type("T", (), {"a": 1}))["a"])
