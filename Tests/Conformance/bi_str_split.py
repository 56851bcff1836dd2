# str split/rsplit (sep, maxsplit, whitespace runs), splitlines (all line boundaries, keepends), partition/rpartition.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["a b c", "a  b  c", "a,b,,c,", ",a,", "", " ", "a\tb\nc\x0bd\x0ce\rf", "one", "a\u3000b\xa0c"]:
    print(repr(s), s.split(), s.split(","), s.split(" "), s.rsplit(None, 1), s.split(maxsplit=1))
for sep, n in [(",", 0), (",", 1), (",", 2), (",", -1), (",", 10), (", ", 1), ("::", 1)]:
    t = "a,b, c,d::e, f"
    print(repr(sep), n, t.split(sep, n), t.rsplit(sep, n))
print("a  b  c".split(None, 1), "a  b  c".rsplit(None, 1), "a b".split(None, 0), "a b".rsplit(None, 0))
print("1<>2<>3".split("<>"), "1<>2<>3".rsplit("<>", 1), "aaa".split("a"), "aaa".split("aa"), "aaa".rsplit("aa"))
print("k=v".split("=", maxsplit=1), "x".split(sep="x"), "abc".split(sep=None))
lines = "first\nsecond\r\nthird\rfourth\x0bfifth\x0csixth\x1cseventh\x1d8\x1e9\x85ten\u2028eleven\u2029twelve"
print(lines.splitlines())
print(lines.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(True), "a\n".splitlines(), "a\r\n\r\nb".splitlines(), "no end".splitlines(True))
print("a\nb".split("\n"), "a\nb\n".split("\n"), "a\nb\n".splitlines())
for s in ["key=value", "key=value=more", "novalue", "=x", "x=", ""]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"), "héllo".partition("l"), "abc".partition("abc"))
show(lambda: "a b".split(""))
show(lambda: "a b".rsplit(""))
show(lambda: "a b".partition(""))
show(lambda: "a b".rpartition(""))
show(lambda: "a b".split(1))
show(lambda: "a b".split(",", "1"))
show(lambda: "a b".split(x=","))
record = "  Alice ; 30 ;  Engineer ;  "
fields = [f.strip() for f in record.split(";")]
print(fields, [f for f in fields if f], record.strip().rstrip(";").split(";"))
csv = "name,qty\nwidget,3\ngadget,10\n"
header, *rows = csv.splitlines()
print(header.split(","), [dict(zip(header.split(","), r.split(","))) for r in rows])
