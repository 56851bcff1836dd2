# printf-style % formatting: conversions, flags, width/precision (incl. *), mapping keys, and its error messages.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [0, 42, -42, 255]:
    print("%d|%i|%u|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%e|%.2f|%g|%c|%s|%r|%%" % ((v,) * 19 if v >= 0 else (v,) * 18 + (65,)))
for v in [3.14159, -2.5, 1e10, 1.5e-7, 0.0, float("inf"), float("nan")]:
    print("%f|%.0f|%.3f|%10.2f|%-10.2f|%+.1f|%010.3f|%e|%.2E|%g|%G|%#.3g|%s|%r" % ((v,) * 14))
print("%s %s %s" % ("a", 1, None), "%r %r" % ("q", [1]), "%a" % "é", "%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"))
print("%*d|%-*d|%.*f|%*.*f" % (5, 42, 5, 42, 2, 3.14159, 8, 3, 2.71828))
print("%(name)s is %(age)d, %(name)r" % {"name": "Bo", "age": 7}, "%(x)05.1f%%" % {"x": 9.87}, "%()s" % {"": "empty"})
print("%s" % (1,), "%s" % [1, 2], "%s" % {"k": 1}, "%d%%" % 5, "%c%c" % ("x", 121), "%i" % 3.99, "%x" % True)
print("%d" % 10**20, "%x" % -(2**70), "%o" % 8**10, "%.3d" % 5, "%+05d" % 3, "%-+5d|" % 3, "% 05d" % 3, "%#5x" % 255)
print("%.0e" % 12345, "%#.0e" % 12345, "%.0f" % 0.5, "%.0f" % 1.5, "%.1f" % 0.25, "%.2f" % 1e-10, "%5.1f%%" % 99.44)
show(lambda: "%d" % "x")
show(lambda: "%f" % "x")
show(lambda: "%x" % 1.5)
show(lambda: "%c" % "ab")
show(lambda: "%c" % -1)
show(lambda: "%s %s" % "a")
show(lambda: "%s" % ("a", "b"))
show(lambda: "%(k)s" % 5)
show(lambda: "%(k)s" % {"j": 1})
show(lambda: "%z" % 1)
show(lambda: "%" % ())
show(lambda: "%d %(x)s" % {"x": 1})
show(lambda: "%*d" % ("5", 1))
show(lambda: "no specs" % 5)
show(lambda: "no specs" % ())
show(lambda: "%s" % ())
show(lambda: "%d" % None)
show(lambda: "%5" % 1)
