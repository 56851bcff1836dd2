# str.istitle(), str.isprintable(), str.isascii(), and isalpha() of letter-number (Nl) characters.
def section(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

def letter_numbers():
    for s in ["Ⅻ", "ⅻ", "〇", "ᛮ", "Ⅻa", "a"]:
        print(repr(s), s.isalpha(), s.isalnum(), s.isnumeric(), s.isupper(), s.islower())
def titles():
    for s in ["", "A", "a", "Title Case Words", "Title case", "1st Place", "Don'T", "Don't", "ABC", "Abc Def1Ghi",
              "Hello, World!", "  Leading", "123", "É Été", "ǅemal", "Ǆemal", "X-Ray", "x-Ray", "Mc Donald", "McDonald"]:
        print(repr(s), s.istitle())
def printable():
    for s in ["", "abc", "abc def", "abc\n", "tab\t", "\x00", "\x7f", "\xa0", "\u200b", "é日😀", "\u2028", "\ud800", " ", "\u00ad"]:
        print(repr(s), s.isprintable())
def ascii_():
    for s in ["", "abc", "é", "~", "\x7f", "\x80", "日本", "a😀"]:
        print(repr(s), s.isascii())
for f in [letter_numbers, titles, printable, ascii_]:
    section(f)
