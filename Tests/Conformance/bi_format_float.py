# format spec mini-language for floats: f/e/g/%/none with precision, width, sign, grouping, alternate form, inf/nan.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

specs = ["", "f", ".0f", ".1f", ".3f", "10.2f", "<10.2f", "^10.2f", "+.2f", " .2f", "010.2f", ",.2f", "_.1f",
         "e", ".2e", "E", ".0e", "g", ".3g", "G", ".10g", "%", ".1%", "#g"]
for x in [0.0, -0.0, 1.0, -1.5, 3.14159265, 2.5, 1234567.891, 0.000012345, 1e16, 1e-5, 123456789012.0, 0.5, 9.9999]:
    print(repr(x), "|".join(format(x, sp) for sp in specs))
for x in [float("inf"), float("-inf"), float("nan")]:
    print(repr(x), "|".join(format(x, sp) for sp in ["", "f", "e", "g", "+", "08", "^9", "F", "E", "G"]))
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {2.675:.2f} {1.005:.2f} {-0.001:.2f} {-0.0:+.1f}")
print(f"{1e300 * 10:f}", f"{1/3:.20f}", f"{2/3:.15g}", f"{100.0:g}", f"{1e6:g}", f"{1e-4:g}", f"{1e-5:g}", f"{123456.0:g}", f"{1234567.0:g}")
print(f"{0.1 + 0.2}", f"{0.1 + 0.2:.17g}", f"{1e22:f}", f"{1.5e-7:f}", f"{12345.678:,.1f}", f"{-12345.678:_}")
print(f"{3.0:}", f"{3.0:5}|", f"{3.0:<5}|", f"{3:f}", f"{3:e}", f"{3:%}", format(10**17, ".3e"))
p = 3
print(f"{3.14159:.{p}f}", f"{3.14159:{p + 7}.{p}f}|", "{:.2e}".format(12345.6789), "{0:8.3f}".format(2.5))
show(lambda: format(1.5, "d"))
show(lambda: format(1.5, "x"))
show(lambda: format(1.5, "c"))
show(lambda: format(1.5, "#x"))
show(lambda: format(1.5, ".f"))
show(lambda: format(1.5, "s"))
show(lambda: format(1.5, "=s"))
