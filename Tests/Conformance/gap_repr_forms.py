# repr/str/ascii of built-in values: quotes and escapes, recursive containers, nested floats, special objects.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\tnew\nline\r", "\x00\x1f\x7f", "back\\slash",
          "é ñ 日本", "\u200b\u2028", "\U0001F600", "\ud800" if False else "\x80\x9f\xa0", ""]:
    print(repr(s), ascii(s), str(s) == s)
xs = [1, 2]
xs.append(xs)
print(repr(xs), str(xs))
d = {"k": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
print(repr([1.0, 2.5, 1e16, 1e-7, -0.0, float("inf"), float("nan")]), str((0.1, 1 / 3)))
print(repr({"a": [1, (2, 3)], 4: {5}}), repr((1,)), repr(()), repr([()]), repr({}), repr(set()), repr(frozenset()))
print(repr(None), repr(True), repr(Ellipsis), repr(NotImplemented), repr(...), str(None), repr(type(None)))
print(repr(int), repr(ValueError), repr(object), repr(len), repr(print), str(int))
print(repr(ValueError("m")), repr(KeyError("k")), str(KeyError("k")), repr(Exception()), repr(Exception("a", 1)))


class Custom:
    def __repr__(self):
        return "Custom<é>"


class OnlyStr:
    def __str__(self):
        return "only-str"


print(repr(Custom()), str(Custom()), ascii(Custom()), [Custom()], str(OnlyStr()), f"{OnlyStr()}", str([OnlyStr()])[:11])
print(ascii([1, "ü"]), ascii({"ß": "x"}), repr(1_000_000), repr(-0), repr(10**25), repr(0x1F))
print(repr(slice(1, None, 2)), repr(range(3)), repr(slice(None)), str(slice("a", [1])))


class BadRepr:
    def __repr__(self):
        return 5


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)
try:
    str(BadRepr())
except TypeError as e:
    print("TypeError", e)
