# int() and float() parsing of strings: whitespace, signs, underscores, bases, special values and error messages.
for s in ["42", "  -17  ", "+5", "0", "-0", "1_000", "0007", "\t\n12\n", "١٢٣", "10" * 5]:
    print(repr(s), int(s))
for s, base in [("ff", 16), ("0xff", 16), ("0xFF", 0), ("0o17", 0), ("0b101", 0), ("z", 36), ("  11  ", 2), ("-0x_1f", 0), ("1_0", 8), ("0", 0), ("00", 0)]:
    print(repr(s), base, int(s, base))
for s in ["3.14", "  -2.5e3 ", "1_000.5", "inf", "-Infinity", "nAn", "1e400", "-1e-400", ".5", "5.", "1E5", "+0.0", "0x10" if False else "1e-5", "١.٥"]:
    print(repr(s), repr(float(s)))
print(int(3.99), int(-3.99), int(True), int(1e20), int("9" * 30), float(10**20), float(True), float(" 7 "))
bad_ints = ["", " ", "1.5", "1__0", "_1", "1_", "0x", "abc", "12a", "- 5", "++5", "0b2", "08"]
for s in bad_ints:
    try:
        int(s, 0) if s in ("08",) else int(s)
    except ValueError as e:
        print("ValueError", e)
bad_floats = ["", "abc", "1.2.3", "1e", "--1", "1_", "_1", "in f", "0x10", "1,5"]
for s in bad_floats:
    try:
        float(s)
    except ValueError as e:
        print("ValueError", e)
for thunk in [
    lambda: int("10", 1),
    lambda: int("10", 37),
    lambda: int(10, 2),
    lambda: int(None),
    lambda: float(None),
    lambda: int(float("inf")),
    lambda: int(float("nan")),
    lambda: float([1]),
    lambda: int("z", 35),
    lambda: int("0x10", 10),
    lambda: int("1" * 5000),
]:
    try:
        print(thunk())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
