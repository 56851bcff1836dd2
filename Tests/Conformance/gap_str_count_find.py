# str.count/find/rfind/index/rindex/startswith/endswith with start and end arguments and tuples.
s = "abracadabra"
print(s.count("a"), s.count("abra"), s.count(""), s.count("a", 3), s.count("a", 3, 8), s.count("a", -4), s.count("", 5, 7))
print(s.find("bra"), s.find("bra", 2), s.find("bra", 2, 9), s.find("zz"), s.find(""), s.find("", 11), s.find("", 12))
print(s.rfind("bra"), s.rfind("bra", 0, 8), s.rfind("a", -3), s.rfind(""), s.rfind("", 3, 5))
print(s.index("cad"), s.rindex("a"), s.index("a", 1), s.rindex("abra", 0, 10))
print(s.startswith("abra"), s.startswith("bra", 1), s.startswith(("x", "abr")), s.startswith("", 11), s.startswith("", 12))
print(s.endswith("abra"), s.endswith("cad", 0, 7), s.endswith(("x", "y")), s.endswith("a", -1), s.endswith(()))
print(s.startswith("a", -100), s.endswith("abra", -100, 100), s.count("a", None, None), s.find("a", None, 3))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"), "".count(""), "".find(""), "abc".count("", 1, 1))
print("ααβα".count("α"), "日本日本".rfind("日"), "x😀y😀".find("😀", 2), "ÿy".find("y"))
for thunk in [
    lambda: s.index("zz"),
    lambda: s.rindex("zz"),
    lambda: s.index("a", 20),
    lambda: s.startswith(["a"]),
    lambda: s.endswith(("a", 1)),
    lambda: s.count(1),
    lambda: s.find("a", "1"),
    lambda: s.startswith(),
    lambda: s.find(None),
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
