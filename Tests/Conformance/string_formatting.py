print("%s and %r" % ("a", "b"), "%d%%" % 50, "%5.2f|%-6s|%06.1f" % (3.14159, "ab", -2.5), "%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%(name)s is %(age)d" % {"name": "Ada", "age": 36}, "%c%c" % (72, "i"), "%+d % d" % (5, 5), "%e %g %G" % (12345.678, 0.00001234, 1e20))
print("%5d|%-5d|%05d|%.3d" % (42, 42, 42, 7), "%s" % [1, 2], "%s" % (("tuple",),), "%.2s" % "abcdef", "%*d" % (6, 3))
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{name}={value:>5}".format(name="x", value=3), "{:08.3f}".format(3.14159))
print("{0[1]} {0[0]}".format(["p", "q"]), "{x.real}".format(x=5), "{:{w}}|".format("s", w=4), "{{}} {!r}".format("q"), "{:,}".format(1234567))
for bad in [lambda: "%d" % "s", lambda: "%s %s" % ("a",), lambda: "%s" % ("a", "b"), lambda: "{} {1}".format(1, 2), lambda: "{2}".format(1), lambda: "{".format(), lambda: "}".format(), lambda: "%y" % 1, lambda: "{x}".format()]:
    try:
        bad()
    except (TypeError, ValueError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
print("{:abc}".format(P()), f"{P():xyz}", format(P(), "q"))
print((255).bit_length(), (0).bit_length(), (-8).bit_length(), 2.0.is_integer(), 2.5.is_integer(), (3).real, (3).imag, 1.5.real)
rows = [("apple", 3, 0.5), ("kiwi", 12, 1.25)]
for name, qty, price in rows:
    print("%-8s%4d%8.2f" % (name, qty, price), "{:<8}{:>4}{:>8.2f}".format(name, qty, price))
print("%s" % None, "%r" % None, "%d items" % True, "%.1f%%" % 99.5)
