# TypeError messages of str methods given wrong argument types or counts.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = "abracadabra"
show(lambda: s.find(1))
show(lambda: s.count(None))
show(lambda: s.find("a", "1"))
show(lambda: s.find("a", 1.5))
show(lambda: s.find())
show(lambda: s.index("a", 1, 2, 3))
show(lambda: "abc".find(("a", "b")))
show(lambda: "abc".replace(1, "x"))
show(lambda: "abc".replace("a", 2))
show(lambda: "a b".partition(None))
show(lambda: "a b".splitlines(1, 2))
show(lambda: "a b".split(",", 1, 2))
show(lambda: "x".rjust(5, 1))
show(lambda: "x".strip(1))
show(lambda: "x".lstrip(["x"]))
show(lambda: "x".removeprefix(None))
show(lambda: "x".removeprefix(("x",)))
show(lambda: "x".endswith("x", "1"))
show(lambda: "x".join("ab", "c"))
show(lambda: ",".join(5))
show(lambda: "ab".count())
show(lambda: "s".startswith())
