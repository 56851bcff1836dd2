# repr() and ascii() of strings with quotes, escapes, control and non-ASCII chars; repr of containers.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "cr\r", "back\\slash",
           "\x00\x07\x1b\x7f", "caf\xe9", "\u00a0nbsp", "日本", "snow\u2603", "emoji\U0001F600", "\U0010ffff",
           "\ud800", "", "'", '"', "\x80\x9f\xa0\xff", "\u200b", "\u0300"]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)), len(ascii(s)))

print(repr([1, "a", 2.5, None, True]), ascii(["é", ("ü", 1)]))
print(repr({"k": "v"}), ascii({"ключ": "значение"}))
print(repr((1,)), repr(()), repr((1, 2)), repr([]), repr({}), repr(set()), repr(frozenset()))
print(repr({1, 2, 3}), repr(frozenset({4})), repr(range(3)), repr(range(1, 10, 2)), repr(slice(1, None, 2)))
print(repr(1.0), repr(-0.0), repr(1e100), repr(1e-7), repr(float("nan")), repr(float("-inf")))
print(repr(None), repr(True), repr(NotImplemented), repr(Ellipsis), repr(...))

class A:
    def __repr__(self):
        return "A<é>"
print(repr(A()), ascii(A()), str(A()), ascii([A()]))

class B:
    def __str__(self):
        return "B-str"
    def __repr__(self):
        return "B-repr"
print(str(B()), repr(B()), [B()], f"{B()}", f"{B()!r}", f"{B()!a}", "%s %r %a" % (B(), B(), B()))

class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)

nested = [1]
nested.append(nested)
print(repr(nested))
d = {}
d["self"] = d
print(repr(d))
print(ascii("\t\n"), ascii(5), ascii(None), ascii("x"))
