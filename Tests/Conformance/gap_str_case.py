# Case mapping: upper/lower/casefold/swapcase/title/capitalize, including non-ASCII special cases.
samples = ["hello world", "HELLO", "hElLo WoRlD", "straße", "ΣΑΣ ΣΟΦΟΣ", "ǆemal", "ﬁsh", "İstanbul",
           "they're bill's friends", "123abc", "a1b2 c3", "", "ÉCOLE", "ŉ", "ß", "mIxEd-CaSe_words",
           "o'neil mcdonald", "hello\tworld\nnext"]
for s in samples:
    print(repr(s))
    print("  ", repr(s.upper()), repr(s.lower()), repr(s.casefold()))
    print("  ", repr(s.swapcase()), repr(s.title()), repr(s.capitalize()))
print("straße".casefold() == "STRASSE".casefold(), "ß".upper(), len("ß".upper()), "ﬃ".upper())
print("Σ".lower(), "ΑΣ".lower(), "ΑΣ Α".lower(), "ΣΑ".lower(), "AΣb".lower())
print("ǈ".upper(), "ǈ".lower(), "ǈ".title(), "ǈ".swapcase(), "ǉ".title())
