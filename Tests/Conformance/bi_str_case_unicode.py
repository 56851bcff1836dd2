# str case mapping beyond 1:1 simple mappings: titlecase digraphs, Greek final sigma, ligatures, special capitalize.
for s in ["ǆemal", "ΣΊΣΥΦΟΣ", "ﬁne", "Ǳ dz ǲ", "ßa", "ǆa", "ǳ", "ﬂow ﬁsh", "ΟΔΟΣ ΟΔΟΣ.", "ΑΣ", "aΣ", "ΑΣ Α"]:
    print(repr(s), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
print("ǳ".title(), "ǆ".title(), "ß".title(), "ﬁ".title(), "ŉ".title(), "ΣΑΣ!".lower(), "ΣΑΣ1".lower())
