# str concatenation, repetition, comparison, len, repr.
s = "abc" + "déf" + "日本"
print(s, len(s), repr(s))
print("ab" * 3, 3 * "x", "" * 5, "a" < "b", "abc" < "abd", "Z" < "a", "é" > "e")
print(repr('it\'s'), repr("say \"hi\""), repr("tab\tnew\nline"), repr("\x00\x7f"))
print(str(42), str(4.5), str(None), str(True), repr(10 ** 20))
print("a" == "a", "a" != "b", "" == "")
