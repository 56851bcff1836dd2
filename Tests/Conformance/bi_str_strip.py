# str strip/lstrip/rstrip with default whitespace (incl. Unicode), char sets, None; removeprefix/removesuffix; errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["  hi  ", "\t\n hi \r\n", "hi", "", "   ", "\x0b\x0chi\x1c\x1d\x1e\x1f", "\u3000hi\xa0", "\u2003hi\u2009", "\x85hi\u2028"]:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(None)))
for s, chars in [("xxhixx", "x"), ("xyhiyx", "xy"), ("xyhiyx", "yx"), ("hello", "ol"), ("hello", "hel"), ("hello", ""),
                 ("aaa", "a"), ("www.example.com", "cmowz."), ("  spaced  ", " s"), ("éhié", "é"), ("<<a>>", "<>")]:
    print(repr(s), repr(chars), repr(s.strip(chars)), repr(s.lstrip(chars)), repr(s.rstrip(chars)))
for s, p in [("prefix_name", "prefix_"), ("prefix_name", "name"), ("aaa", "a"), ("", "x"), ("abc", ""), ("abc", "abc"), ("abc", "abcd")]:
    print(repr(s), repr(p), repr(s.removeprefix(p)), repr(s.removesuffix(p)))
print("file.tar.gz".removesuffix(".gz").removesuffix(".tar"), "file.tar.gz".rstrip(".gz"), "mississippi".strip("mip"))
show(lambda: "x".rstrip("a", "b"))
show(lambda: "x".removesuffix())
lines = ["  name: Alice  ", "\tage:30\n", "  ", "# comment", "city :  Paris"]
cfg = {}
for ln in lines:
    ln = ln.strip()
    if not ln or ln.startswith("#"):
        continue
    k, _, v = ln.partition(":")
    cfg[k.strip()] = v.strip()
print(cfg)
