# str.maketrans in its three forms and str.translate, including deletion and non-ASCII.
t1 = str.maketrans("abc", "xyz")
print(sorted(t1.items()))
print("aabbcc-abc".translate(t1))
t2 = str.maketrans("ab", "AB", "xyz")
print(sorted(t2.items()), "axbyczab".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, "c": "CCC", 100: "D", "é": "e"})
print(sorted(t3.items()), "abcdé!".translate(t3))
print("hello".translate({ord("l"): "L"}), "hello".translate({104: 72}), "hello".translate({}))
print("tab\there".translate({9: "    "}), "日本".translate({ord("日"): "sun"}))


class Lookup:
    def __getitem__(self, k):
        if k == ord("x"):
            raise LookupError("skip")
        return chr(k).upper()


print("abxcd".translate(Lookup()))
rot13 = str.maketrans("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                      "nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM")
print("Hello, World!".translate(rot13), "Hello, World!".translate(rot13).translate(rot13))
print(str.maketrans("", "", "aeiou") == {97: None, 101: None, 105: None, 111: None, 117: None})
print("programming language".translate(str.maketrans("", "", "aeiou")))
for thunk in [
    lambda: str.maketrans("abc", "xy"),
    lambda: str.maketrans({"ab": "x"}),
    lambda: str.maketrans("a"),
    lambda: str.maketrans({1.5: "x"}),
    lambda: "abc".translate({97: 5}),
    lambda: "abc".translate({97: 0x110000}),
    lambda: str.maketrans(1, 2),
    lambda: "abc".translate(),
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
