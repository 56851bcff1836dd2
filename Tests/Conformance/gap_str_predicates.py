# str predicates on ASCII and non-ASCII text: isdigit/isdecimal/isnumeric, isalpha/isalnum, case and space tests.
samples = ["123", "12.5", "", " ", "abc", "ABC", "Abc Def", "abc123", "٣", "²", "½", "Ⅻ", "ñandú",
           "ΣΑΣ", "straße", "\t\n", "\u00a0", "a b", "_x1", "1x", "class", "Hello World", "hello World",
           "\x00", "é", "日本", "ǅ", "ǅungla", "A1B2", "\u2028"]
for s in samples:
    flags = [s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(),
             s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii()]
    print(repr(s), "".join("1" if f else "0" for f in flags))
print("ABC1".isupper(), "abc!".islower(), "123".isupper(), "A".isupper(), "Ab".istitle(), "AB".istitle())
print("They're Here".istitle(), "They'Re Here".istitle(), "1st Place".istitle(), "Über Alles".istitle())
