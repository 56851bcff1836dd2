# str.split/rsplit/splitlines/join: separators, maxsplit, whitespace rules and errors.
text = "  the quick\tbrown\n\nfox  jumps "
print(text.split(), text.split(None, 2), text.rsplit(None, 2), text.split(" "), text.split(maxsplit=1))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2), "a,b,,c,".rsplit(",", maxsplit=0))
print("".split(), "".split(","), "   ".split(), "   ".split(" "), "abc".split("abc"), "aXbXc".split("X", -1))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "---".split("--"), "x".rsplit("x"))
print("one\ntwo\r\nthree\rfour\n".splitlines(), "one\ntwo\r\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
print("no newline".splitlines(keepends=True), "x\n\ny".splitlines(), "x\r\r\ny".splitlines(True))
print("a\u3000b\x1fc\x85d".split(), "a\u200bb".split(), "1\xa02".split())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "/".join(("p",)), "+".join(str(i) for i in range(4)))
print("ab".join("123"), "→".join(["α", "β"]), " ".join({"k": 1, "j": 2}))
words = "The cat sat on the mat".split()
print(len(words), words[::-1], " ".join(reversed(words)), "_".join(w.lower() for w in words if len(w) == 3))
for thunk in [
    lambda: "a b".split(""),
    lambda: "a b".rsplit(""),
    lambda: "a b".split(1),
    lambda: ",".join([1, 2]),
    lambda: ",".join(["a", None]),
    lambda: ",".join(5),
    lambda: "a".split(",", "1"),
    lambda: "x".splitlines(1, 2),
    lambda: "".join(["a", 3]),
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
