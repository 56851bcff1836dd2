# float.as_integer_ratio(), float.hex() and float.fromhex(): exact values, round trips and errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x in [0.0, -0.0, 1.0, -2.0, 0.5, 1.5, 1e16, 1e300, 0.1, -3.75, 2.0 ** -1074, 123.456]:
    show(lambda: (x.as_integer_ratio(), x.hex(), float.fromhex(x.hex()) == x))
for s in ["0x1p0", "0x1.8p1", "-0x1p-2", "0X1.FFFFFFFFFFFFFP+1023", "0x0p0", "0x.8", "0x1", "1p4", "0x1.0p-1074", "  0xAp0  ",
          "inf", "-Infinity", "nan", "0x1.000000000000001p0", "0x1.00000000000008p0", "0x10", "-0x0p0"]:
    show(lambda: float.fromhex(s))
show(lambda: float.fromhex("0x1p2000"))
show(lambda: float.fromhex("xyz"))
show(lambda: float.fromhex(""))
show(lambda: float.fromhex("0x1.8p"))
show(lambda: float.fromhex(5))
show(lambda: float("inf").as_integer_ratio())
show(lambda: float("nan").as_integer_ratio())
show(lambda: float("inf").as_integer_ratio())
show(lambda: float("nan").as_integer_ratio())
show(lambda: float("nan").hex())
show(lambda: float("-inf").hex())
n, d = (0.1).as_integer_ratio()
print(n, d, n / d == 0.1, d == 2 ** 55)
show(lambda: ((-0.0).hex(), (5e-324).hex(), (1.7976931348623157e308).hex()))
