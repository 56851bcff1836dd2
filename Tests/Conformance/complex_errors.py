# complex error paths (caught), then an uncaught ZeroDivisionError from complex division.
def impedance(r, x):
    return complex(r, x)


def parallel(z1, z2):
    return (z1 * z2) / (z1 + z2)


za = impedance(3, 4)
zb = impedance(3, -4)
pair = [za, zb]
print("za", za, "zb", zb, "abs", abs(za), abs(zb))
print("series", za + zb, "parallel", parallel(za, zb))
print("ratio", za / zb, "power", za ** 2, za ** 0.5 == za ** (1 / 2))
for bad in ["3+4i", "abc", "1+2j+3j", "j1", "+-1j"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
for op, fn in [("floor", lambda: za // zb), ("mod", lambda: za % 2.0),
               ("lshift", lambda: za << 1), ("and", lambda: za & 1),
               ("le", lambda: za <= zb), ("index", lambda: pair[1j]),
               ("range", lambda: range(2j)), ("pow0", lambda: 0j ** (1 + 1j)),
               ("abs str", lambda: abs("1j")), ("hex", lambda: hex(1j))]:
    try:
        print(op, fn())
    except (TypeError, ZeroDivisionError) as e:
        print(op, type(e).__name__, e)
print("zero ** 0:", 0j ** 0, "zero ** 2:", 0j ** 2)
try:
    za / 0.0
except ZeroDivisionError as e:
    print("caught:", e)
zc = impedance(2, 0)
zd = impedance(-2, 0)
print("zc + zd =", zc + zd)
print("dividing by", zc + zd)
print(za / (zc + zd))
print("not reached")
