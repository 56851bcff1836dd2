# round(): banker's rounding, ndigits positive/negative/zero/None, ints vs floats, float representation effects, errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 1e16 + 1, -0.0, 7.0]:
    print(repr(v), repr(round(v)), repr(round(v, 0)), repr(round(v, 2)), repr(round(v, None)))
for v, n in [(1234.5678, 2), (1234.5678, 1), (1234.5678, -1), (1234.5678, -2), (1234.5678, -4), (1234.5678, -5),
             (0.125, 2), (0.375, 2), (5.5e-10, 10), (1e300, -300), (1e-300, 300), (123.456, 400), (123.456, -400)]:
    print(v, n, repr(round(v, n)))
for v, n in [(1234, -2), (1250, -2), (1350, -2), (-1250, -2), (15, -1), (25, -1), (12345, 2), (10**20 + 5, -1),
             (-(10**20) - 5, -1), (5, -1), (0, -3), (7, 0), (99, -2), (49, -2)]:
    print(v, n, repr(round(v, n)))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, -1)).__name__, type(round(True)).__name__)
print(round(True), round(False, 3), round(2**70 + 0.0), round(-2**70 + 0.0, -20))

class Money:
    def __init__(self, v):
        self.v = v
    def __round__(self, n=None):
        return f"Money.round({self.v}, {n})"
print(round(Money(3)), round(Money(3), 2))

show(lambda: round(float("inf")))
show(lambda: round(float("-inf")))
show(lambda: round(float("nan")))
show(lambda: round(float("nan"), 2))
show(lambda: round(float("inf"), 1))
show(lambda: round("1.5"))
show(lambda: round(None))
show(lambda: round(1.5, 1.0))
show(lambda: round(1.5, "1"))
show(lambda: round(1, 2, 3))
show(lambda: round([1.5]))
print([round(x / 10) for x in range(-25, 30, 5)])
print([round(x * 0.1, 1) for x in range(10)])
