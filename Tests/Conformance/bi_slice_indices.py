# slice.indices(length) for many lengths and its errors; slice equality and ordering comparisons; slice() arity.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def table():
  for length in [0, 1, 5, 10]:
    print(length, slice(None).indices(length), slice(2, -2).indices(length), slice(None, None, -1).indices(length),
          slice(-100, 100, 3).indices(length), slice(8, 1, -3).indices(length))
show(table)
show(lambda: (len(range(*slice(1, None, 2).indices(9))), list(range(*slice(None, None, -2).indices(7)))))
show(lambda: slice(1, 2, 0).indices(5))
show(lambda: slice(1, 2).indices(-1))
show(lambda: slice("a", "b").indices(5))
show(lambda: slice(None, None, 2**70).indices(5))
show(lambda: slice(0, 5).indices(2**100))
show(lambda: (slice(0) < slice(1), slice(1, 2) <= slice(1, 2), slice(1, 3) > slice(1, 2, 5), sorted([slice(2), slice(1)])))
show(lambda: slice(None) < slice(1))
show(lambda: (slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2)))
show(lambda: (slice(1, 2, 3) == slice(1, 2, 3), slice(None) == slice(None, None, None), slice(1) != slice(1)))
show(lambda: [slice(1, 2)].index(slice(1, 2)))
show(lambda: slice(1, 2, 3, 4))
