# chr/ord/hex/oct/bin, the format() builtin, __index__ use and conversion error messages.
print(chr(65), chr(0x3bb), chr(0x1F600) == "\U0001F600", ord("A"), ord("\n"), ord("é"), ord("\U0001F600"))
print(hex(0), hex(255), hex(-255), hex(10**20), oct(0), oct(8), oct(-64), bin(0), bin(10), bin(-10))
print(hex(True), bin(False), oct(2**64))
print(format(255, "x"), format(255, "#X"), format(255, "08b"), format(3.14159, ".2f"), format("hi", ">5"))
print(format(1234567, ","), format(1234567, "_"), format(0.5, "%"), format(42), format("s"), format(1.0))
print(repr(format(None)), format([1, 2]), format(12, ""), format(True), format(True, "d"))


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(hex(Idx(31)), bin(Idx(5)), oct(Idx(9)), [10, 20, 30, 40][Idx(2)], "abcdef"[Idx(1):Idx(4)])
print(range(Idx(3)), list(range(Idx(1), Idx(7), Idx(2))), chr(Idx(97)), int(Idx(7)))


class Fmt:
    def __format__(self, spec):
        return f"<{spec}>"


print(format(Fmt(), "abc"), f"{Fmt():xyz}", "{:q}".format(Fmt()), format(Fmt()))
for thunk in [
    lambda: chr(0x110000),
    lambda: chr(-1),
    lambda: chr("a"),
    lambda: ord(""),
    lambda: ord("ab"),
    lambda: ord(5),
    lambda: hex(1.0),
    lambda: bin("1"),
    lambda: oct(None),
    lambda: format(1, "z"),
    lambda: format("x", "d"),
    lambda: format(1.5, "d"),
    lambda: format(object(), "x"),
    lambda: format(5, 5),
    lambda: [1, 2][Idx("no")],
    lambda: chr(2**70),
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
