# abs() and divmod() over ints, floats, bools, big ints and objects with __abs__; error messages.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [0, 5, -5, -0.0, 3.25, -3.25, True, False, -10**30, float("-inf")]:
    print(repr(v), "->", repr(abs(v)))
print(abs(-2**63), abs(-2**64 + 1), type(abs(True)).__name__)

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(abs(Vec(3, 4)))

show(lambda: abs("x"))
show(lambda: abs(None))
show(lambda: abs([1]))

for a in [7, -7, 0, 13, -13]:
    for b in [2, -2, 5, -5]:
        q, r = divmod(a, b)
        print(a, b, q, r, q * b + r == a, (a // b, a % b) == (q, r))

for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (1.0, 0.3), (-0.0, 1.0), (5, 0.5), (10**20, 7.0)]:
    print(a, b, divmod(a, b))

print(divmod(10**40 + 3, 10**20), divmod(-(10**40), 7), divmod(True, 2))
show(lambda: divmod(1, 0))
show(lambda: divmod(1.0, 0))
show(lambda: divmod(0, 0.0))
show(lambda: divmod(1))
show(lambda: divmod(float("inf"), 1))
show(lambda: divmod(5, float("inf")))
show(lambda: divmod(-5, float("inf")))
