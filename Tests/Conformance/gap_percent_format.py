# printf-style % formatting: conversions, flags, width/precision from *, mapping keys and errors.
print("%d|%i|%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42, 42, 42))
print("%x|%X|%#x|%#X|%o|%#o|%08.3x" % (255, 255, 255, 255, 8, 8, 255))
print("%f|%.2f|%10.3f|%-10.1f|%+.0f|%e|%.3E|%g|%G" % (3.14159, 3.14159, 3.14159, 3.14159, 2.5, 12345.678, 0.000123, 1e-5, 1e20))
print("%s|%r|%a|%5s|%-5s|%.2s|%c|%c" % ("hi", "hi", "é", "ab", "ab", "abcdef", "Z", 97))
print("%*d|%-*d|%.*f|%*.*f" % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.71828))
print("%(name)s is %(age)d, %(name)r" % {"name": "Ann", "age": 30}, "%(x)05.1f" % {"x": 2.25})
print("100%%" % (), "%s%%" % 5, "%d%%" % 50.9, "%s" % [1, 2], "%s" % ((1, 2),), "%s %s" % (1, (2,)))
print("%d" % 3.99, "%d" % -3.99, "%i" % True, "%x" % -255, "%o" % -8, "%.3d" % 7, "%e" % 0, "%g" % 100000, "%g" % 1000000)
print("%s" % None, "%r" % None, "%5.1s|" % "xyz", "%-6r|" % "a", "%.0e" % 12345, "%#.0f" % 3, "%#g" % 1.0)
print("%(a)s %(a)s" % {"a": 1}, "%s" % {"k": 1}, "%(k)s" % {"k": {"n": 1}}, "no args" % (), "%c" % 0x1F600 == "\U0001F600")


class P:
    def __str__(self):
        return "P-str"

    def __repr__(self):
        return "P-repr"

    def __int__(self):
        return 9

    def __index__(self):
        return 9

    def __float__(self):
        return 9.5


print("%s %r %d %x %.1f" % (P(), P(), P(), P(), P()))
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%s %s", "ab"), ("%(a)s", (1,)), ("%(a)s", {}),
                  ("%z", 1), ("%", 1), ("%c", "ab"), ("%c", 0x110000), ("%x", 1.5), ("%*d", ("a", 1)), ("%.*f", (1.5, 2.0)),
                  ("%(a)s %s", {"a": 1}), ("%f", "1.5"), ("%c", -1), ("abc", 5), ("abc", [1])]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
