# bytes % values: widths and precision on %s/%b, %r/%a, %c forms, numbers, mappings, and the errors.
print(b"[%5s|%-5b|%.2s]" % (b"ab", b"cd", b"efgh"))
print(b"%r %a %5r" % ("x\u20ac", b"y", 1))
print(b"%c%c%3c" % (104, b"i", bytearray(b"!")))
print(b"%+d %05.2f %x %#o %e" % (7, 2.5, 255, 8, 12345.678))
print(bytearray(b"%(k)s-%(n)03d") % {b"k": b"v", b"n": 4}, type(bytearray(b"%s") % b"q").__name__)
print(b"%s" % memoryview(b"mv"), b"%b" % bytearray(b"ba"), b"%%|%s" % (b"",))
class B:
    def __bytes__(self):
        return b"dunder"
print(b"<%s>" % B())
for fmt, args in [(b"%s", "str"), (b"%c", 256), (b"%c", b"ab"), (b"%c", "a"), (b"%d", b"1"), (b"%s %s", (b"a",)),
                  (b"%s", (b"a", b"b")), (b"%(k)s", {"k": b"v"}), (b"%y", 1), (b"%*s", (b"1", b"x"))]:
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__, e)
