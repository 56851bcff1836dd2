# str join (iterables, generators, non-str errors), replace (count, empty old), count, and repetition.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(", ".join(["a", "b", "c"]), "".join("xyz"), "-".join(("1",)), "-".join([]), "+".join(str(i) for i in range(5)))
print("/".join({"k1": 1, "k2": 2}), " ".join(map(str.upper, ["a", "b"])), "\n".join(["l1", "l2"]).splitlines())
print("é".join("日本"), "".join(reversed("stressed")), "ab".join("12"), len("x".join([""] * 5)))
show(lambda: ",".join([1, 2]))
show(lambda: ",".join(["a", 2, "c"]))
show(lambda: ",".join(["a", None]))
show(lambda: ",".join("a", "b"))
show(lambda: ",".join([["nested"]]))
for old, new, n in [("a", "o", -1), ("a", "o", 0), ("a", "o", 1), ("a", "o", 2), ("a", "o", 100), ("an", "AN", -1),
                    ("", "-", -1), ("", "-", 2), ("", "", -1), ("banana", "x", -1), ("z", "y", -1), ("a", "", -1), ("ana", "*", -1)]:
    print(repr(old), repr(new), n, "banana".replace(old, new, n))
print("".replace("", "x"), "".replace("a", "b"), "aaa".replace("a", "aa"), "abc".replace("b", "b"), "日本日本".replace("日", "月", 1))
print("hello".replace("l", "L", count=1) if False else "hello".replace("l", "L", 1))
for sub in ["a", "an", "ana", "", "x", "banana", "nan"]:
    print(repr(sub), "banana".count(sub), "banana".count(sub, 2), "banana".count(sub, 1, 4))
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 100, "-" * 20, ("=" * 3).join("abc"))
show(lambda: "ab" * 2.0)
show(lambda: "ab" * "2")
show(lambda: "ab".replace("a"))
show(lambda: "ab".replace("a", "b", "c"))
template = "Dear NAME, your order ORDER ships DATE. Thanks, NAME!"
for k, v in {"NAME": "Ada", "ORDER": "#42", "DATE": "Monday"}.items():
    template = template.replace(k, v)
print(template, template.count("Ada"))
words = "the rain in spain stays mainly in the plain".split()
print(" ".join(w for w in words if "ain" in w), sum(w.count("ain") for w in words), "|".join(sorted(set(words))))
