# str startswith/endswith with tuples of prefixes, start/end ranges, negative indices, empty strings and errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "hello world"
for args in [("hello",), ("world",), ("",), ("hello world!",), (("x", "he"),), (("x", "y"),), ((),), ("world", 6),
             ("wor", 6), ("wor", 6, 8), ("wor", 6, 9), ("o", 4), ("o", -1), ("o", -7, -6), ("h", 0, 0), ("", 11),
             ("", 5, 2), ("lo", -100, 5), (("lo", "he"), 3), ("d", None), ("h", None, 1)]:
    print(args, s.startswith(*args), s.endswith(*args))
files = ["report.pdf", "photo.JPG", "notes.txt", "archive.tar.gz", "script.py", "README"]
print([f for f in files if f.endswith((".pdf", ".txt"))], [f for f in files if f.lower().endswith((".jpg", ".png"))])
print([f for f in files if f.endswith(".gz") or f.endswith(".py")], [f for f in files if f.startswith(("R", "s"))])
urls = ["https://a.com", "http://b.org", "ftp://c.net", "//d"]
print([u for u in urls if u.startswith(("http://", "https://"))])
print("日本語".startswith("日本"), "日本語".endswith("語", 2), "😀x".startswith("😀"), "abc".startswith(("a",) * 3))
show(lambda: s.startswith(["hello"]))
show(lambda: s.endswith(5))
show(lambda: s.startswith(("h", 5)))
show(lambda: s.startswith(None))
show(lambda: s.endswith(("d", None)))
lines = ["# comment", "  # indented comment", "code = 1", "", "#!shebang"]
print([ln for ln in lines if not ln.lstrip().startswith("#")], [ln.startswith("#", 2) for ln in lines])
