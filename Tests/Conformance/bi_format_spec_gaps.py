# Format-spec gaps: '#' with zero padding, '_' grouping of b/o/x, zero padding with ',', '#' for float f/e/g, several nested {} in a spec.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for n in [0, 7, -7, 255, 2**40, -(2**20)]:
    show(lambda: [format(n, sp) for sp in ["#010b", "#010x", "#010o", "#X", "#=12x", "*>#12x", "_b", "_x", "_o", "#_x", "#_b", "_X", "#012_x"]])
show(lambda: format(-255, "#010x"))
show(lambda: f"{0xdeadbeef:#_x}")
show(lambda: format(5, ",x"))
show(lambda: format(5, ",o"))
show(lambda: f"{255:#06x}")
show(lambda: (f"{1234:012,}", f"{1234:012_}", f"{-1234:012,}", f"{1234.5:012,.1f}"))
show(lambda: (format(1.0, "#.0f"), format(1.0, "#.0e"), format(1.0, "#g"), format(1.0, "#.3g"), format(2.5, "#.0f")))
show(lambda: ("%#.0e" % 12345, "%#.3g" % 1.0, "%#.0f" % 3.0))
show(lambda: "{:{}{}{}}".format(3, "*", "^", 9))
show(lambda: "{:0{}}".format(5, 4))
show(lambda: "{:{}.{}f}".format(3.14159, 8, 2))
show(lambda: "{:*^{}}".format(3, 9))
show(lambda: [format(x, ".2") for x in [0.0, -0.0, 1.0, 9.9999, 123.0, 0.5, 1e16]])
show(lambda: [format(x, ".3") for x in [1.0, 2.5, 1234.5, 1e-5]])
show(lambda: f"{1.0:10.2}|{2.0:<.1}|")
show(lambda: [format(x, sp) for x in [float("inf"), float("-inf"), float("nan")] for sp in ["%", ".1%", "+%"]])
show(lambda: (format(True, ".1f"), format(True, "e"), format(False, "%"), f"{True:.2f}"))
show(lambda: "{:.{}e}".format(12345.6789, 2))
show(lambda: "{0:{1}.{2}f}".format(2.5, 8, 3))
