# The format mini-language for int, float and str: fill/align, sign, #, 0, width, grouping, precision, types.
ints = [0, 7, -7, 255, 1234567, -9876543210]
for spec in ["", "5", "<6", ">6", "^7", "*^9", "+", "-", " ", "05", "+08", "x", "#x", "#X", "o", "#o", "b", "#b",
             ",", "_", "_x", "#_b", "=+8", "c" if False else "n", "e", ".2f", "%", "12,", "0=10"]:
    print(repr(spec), [format(n, spec) for n in ints[:4]] + [format(ints[4], spec)])
floats = [0.0, -0.0, 1.5, -2.25, 1234.5678, 1e-7, 1e20, float("inf"), float("nan")]
for spec in ["", "f", ".0f", ".3f", "e", ".2e", "E", "g", ".3g", "G", "%", ".1%", "+.1f", " .1f", "10.2f", "<10.1f",
             "^12.3e", "010.2f", ",.2f", "_.1f", "#.0f", "#g", ".0e", "n", "r" if False else ".12g"]:
    print(repr(spec), [format(x, spec) for x in floats])
for spec in ["", "10", "<10", ">10", "^10", "-^11", ".2", "10.3", "x<4"]:
    print(repr(spec), repr(format("héllo", spec)), repr(format("", spec)))
print(format(True, ""), format(True, "d"), format(True, ">6"), format(False, "x"), format(None, ""), format(3, "f"))
print(format(1234567.891, ",.2f"), format(-1234567, "_d"), format(255, "08_b"), format(12345.6789, "0,.1f"))
print(format(123, "c") if False else format(65, "c"), format(0x1F600, "c") == "\U0001F600", format(2**70, ","))
for value, spec in [(1, "s"), (1.5, "d"), ("x", "d"), (1, ".2d"), (1, "+c"), ("s", "+"), ("s", "="), (1, ",,"), (1, "_,"),
                    (1.5, "x"), (1, "#c"), ("s", "05"), (2**70, "c"), (1, "=^5"), (1.5, ",d")]:
    try:
        print(repr(format(value, spec)))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
