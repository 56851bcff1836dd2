# float methods: is_integer, as_integer_ratio, hex/fromhex, conjugate, real/imag, and special values.
vals = [0.0, -0.0, 1.5, -2.25, 3.0, 0.1, 1e300, 2.0**-1074, 123456789.0]
for v in vals:
    print(repr(v), v.is_integer(), v.as_integer_ratio(), v.hex(), v.real, v.imag, v.conjugate())
for s in ["0x1.8p1", "0x10", "-0x1p-2", "0X1.FFFFFFFFFFFFFP+1023", "  0x.8p0  ", "inf", "-nan", "0x0p0"]:
    print(s.strip(), float.fromhex(s))
print(float.fromhex((3.14).hex()) == 3.14, float.fromhex("0x1p-1074"), float.fromhex("0x1p-1075"))
inf, nan = float("inf"), float("nan")
print(inf.is_integer(), nan.is_integer(), inf.hex(), (-inf).hex(), nan.hex())
print((0.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (1e20).as_integer_ratio())
print(float.is_integer(4.0), float.hex(1.0), float.conjugate(2.5))
print(sorted(n for n in dir(float) if not n.startswith("_")))
for thunk in [
    lambda: inf.as_integer_ratio(),
    lambda: nan.as_integer_ratio(),
    lambda: float.fromhex("0x1p10000"),
    lambda: float.fromhex("zz"),
    lambda: float.fromhex(5),
    lambda: (1.5).is_integer(1),
    lambda: float.hex(5),
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
