# str methods.
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxabcxx".strip("x")))
print(s.lower(), s.upper(), "hello world".title(), "hello".capitalize(), "HeLLo".swapcase())
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "".split(), "  x  ".split(" "))
print("line1\nline2\r\nline3".splitlines(), "x\n".splitlines(True), "-".join(["a", "b", "c"]), "".join([]))
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".index("e"), "hello".count("l"), "aaa".count("aa"))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "abc".replace("", "-"), "hello".startswith("he"), "hello".endswith(("x", "lo")))
print("42".isdigit(), "4a".isdigit(), "abc".isalpha(), "ab1".isalnum(), "   ".isspace(), "ABC".isupper(), "abc".islower(), "x_1".isidentifier())
print("7".zfill(3), "-7".zfill(4), "ab".center(6, "*"), "ab".ljust(5) + "|", "ab".rjust(5), "abc".center(2))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "none".partition("="), "prefix_name".removeprefix("prefix_"))
print("abc"[1], "abc"[-1], "abcdef"[1:4], "abcdef"[::2], "abc" * 3, "a" < "b", "abc" < "abd", "Z" < "a")
print(len("héllo"), "héllo".upper(), "straße".upper(), ord("é"), "日本語"[1], "日本語".find("語"))
print("tab\tsep".split("\t"), "a-b_c".replace("-", " ").replace("_", " ").split())
for bad in [lambda: "abc".index("z"), lambda: "a".join([1]), lambda: "abc"[5], lambda: "x".split(""), lambda: "abc" + 1]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
text = "The quick brown fox"
print(" ".join(reversed(text.split())), text.lower().count("o"), [w[0].upper() for w in text.split()])
