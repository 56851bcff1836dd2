# str case methods: upper/lower/title/capitalize/swapcase on ASCII, apostrophes, digits, and non-ASCII letters.
samples = ["hello world", "HELLO WORLD", "hElLo WoRlD", "they're bill's friends", "hello-world_foo bar2baz",
           "3rd place", "ALL CAPS 123", "", "   ", "a", "A", "mIxEd.CaSe!sentence", "o'neil mcdonald",
           "ÉCOLE élève", "straße", "İstanbul", "ŉ"]
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
print("ß".upper(), len("ß".upper()), "ﬃ".upper(), "ΐ".upper(), "İ".lower(), len("İ".lower()))
print("Σ".lower(), "ΑΣΑ".lower(), "σ".upper(), "ς".upper())
print("hello".upper().lower() == "hello", "MiXeD".swapcase().swapcase())
print("hello world".title().swapcase(), "x".join(["ab", "cd"]).title(), "don't stop".title(), "1a 2b".title())
print("éa".capitalize(), "ǳ".upper(), "Ǳ".lower(), "ÿ".upper(), "µ".upper())
words = "the QUICK brown FoX".split()
print([w.capitalize() for w in words], " ".join(w[:1].upper() + w[1:].lower() for w in words))
def snake_to_camel(name):
    head, *rest = name.split("_")
    return head.lower() + "".join(p.capitalize() for p in rest)
def camel_to_snake(name):
    out = []
    for ch in name:
        if ch.isupper():
            out.append("_" + ch.lower())
        else:
            out.append(ch)
    return "".join(out).lstrip("_")
for n in ["user_id", "http_response_code", "x", "already_Mixed_CASE"]:
    print(n, snake_to_camel(n), camel_to_snake(snake_to_camel(n)))
for bad in [lambda: "a".upper(1), lambda: str.lower(5), lambda: "a".title(None), lambda: str.swapcase()]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
