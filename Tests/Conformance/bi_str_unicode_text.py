# Unicode text handling: lengths, indexing and slicing by code point, iteration, comparison, escapes, combining marks.
words = ["naïve", "café", "日本語", "Ελληνικά", "русский", "emoji😀🎉", "a\u0301", "\U0001F468\u200d\U0001F469", "עברית"]
for w in words:
    print(repr(w), len(w), w[0], w[-1], w[::-1], w.upper(), [ord(c) for c in w][:4])
s = "Grüße aus Köln — 10€ ✓"
print(len(s), s.find("ö"), s[6:9], s.split(), "€" in s, s.count("ü"), s.index("✓"), s.replace("€", " EUR"))
print(sorted(["é", "e", "z", "É", "a", "ß", "日", "Z"]), "é" > "z", "a" < "é", max("αβγ"), min("日本"))
print("\N{GREEK SMALL LETTER ALPHA}", "\N{SNOWMAN}", "\u00e9" == "é", "\U0001F600" == "😀", "\x41", "\101", len("\N{EM DASH}"))
counts = {}
for ch in "mississippi ♪♪ ünïcödé":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
print(list("añ日😀"), "-".join("añ日😀"), "😀" * 3, "x😀y".partition("😀"), "😀".center(5, "*"))
print(f"{'日本':>6}|{'é':^5}|{'😀':<3}|", "%-4s|%3s|" % ("ñ", "日"), format("ü", "*^7"))
print(chr(0x1F600).isalpha(), "日本".isalpha(), "٣".isdigit(), "ü".islower(), "Ü".isupper(), " ".isspace())
print(str("ü"), str(["ü"]), repr("ü"), ascii("ü"), "ü".lower() == "Ü".lower(), "ǅ".upper(), "ǅ".lower())
text = "The naïve café served crème brûlée"
print([w for w in text.split() if any(ord(c) > 127 for c in w)], text.title(), len(text))
