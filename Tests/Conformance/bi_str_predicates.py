# str predicates isdigit/isdecimal/isnumeric/isalpha/isalnum/isspace/isupper/islower/isidentifier.
preds = ["isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isupper", "islower",
         "isidentifier"]
samples = ["", "123", "12.5", "-1", "abc", "ABC", "Abc", "aBC", "abc123", "a b", " ", "\t\n", "\x0b\x0c", "_x1",
           "1abc", "class", "Hello World", "Hello world", "HELLO WORLD", "He11o", "²", "½", "٣", "一",
           "é", "ÉCOLE", "日本", "\u00a0", "\u3000", "\x00", "\x7f", "tab\t", "ß", "ǅ", "Ǆ", "ǆ", "A1", "a_b", "ab!"]
print("".ljust(14), " ".join(p[2:6] for p in preds))
for s in samples:
    flags = ["T" if getattr(s, p)() else "." for p in preds]
    print(repr(s).ljust(14), "    ".join(flags))
print("123".isdigit() and int("123") == 123, "٣".isdecimal(), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), "½".isdigit())
print("_".isidentifier(), "__init__".isidentifier(), "9lives".isidentifier(), "naïve".isidentifier(), "a-b".isidentifier())
def classify(tok):
    if tok.isdigit():
        return "int"
    if tok.replace(".", "", 1).isdigit():
        return "float"
    if tok.isidentifier():
        return "name"
    if tok.isspace():
        return "ws"
    return "other"
print([(t, classify(t)) for t in ["42", "3.14", "x_1", "  ", "1.2.3", "+", "a1"]])
for bad in [lambda: "a".isdigit(1), lambda: str.isalpha(5)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
