# bytes: split/rsplit (with and without sep, maxsplit), splitlines, partition/rpartition, join, and their errors.
print(b"a b  c\td\ne".split(), b"  lead and trail  ".split(), b"".split(), b"   ".split())
print(b"a,b,,c,".split(b","), b",".split(b","), b"".split(b","), b"a,b,c".split(b",", 1), b"a,b,c".split(b",", 0))
print(b"a,b,c".rsplit(b",", 1), b"a b c d".rsplit(None, 2), b"a::b::c".split(b"::"))
print(b"one\ntwo\r\nthree\rfour".splitlines(), b"x\n\ny\n".splitlines(), b"keep\nends\r\n".splitlines(keepends=True), b"".splitlines())
print(b"key=value=more".partition(b"="), b"key=value=more".rpartition(b"="), b"none".partition(b"="), b"none".rpartition(b"="))
print(b"-".join([b"a", b"b", b"c"]), b"".join([]), b", ".join([b"x"]), b"/".join([bytearray(b"p"), b"q"]))
print(bytearray(b"+").join([b"1", b"2"]), type(bytearray(b"+").join([b"1"])).__name__, b"".join(b"x" for _ in range(3)))
print(bytearray(b"a b c").split(), type(bytearray(b"a b").split()[0]).__name__, bytearray(b"k:v").partition(b":"))

for call in [lambda: b"a".split(b""), lambda: b"a".split(""), lambda: b"-".join([b"a", "b"]),
             lambda: b"-".join([b"a", 1]), lambda: b"a".partition(b""), lambda: b"a".partition("x"),
             lambda: b"a b".split(None, "1"), lambda: b"-".join(b"ab")]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# parse a tiny key=value config held in bytes
raw = b"# comment\nname = tiercel\nversion=0.3\n\n  mode =  fast  \nbroken line\n"
conf = {}
for line in raw.splitlines():
    line = line.strip()
    if not line or line.startswith(b"#"):
        continue
    key, sep, value = line.partition(b"=")
    if not sep:
        print("skip", line)
        continue
    conf[key.strip()] = value.strip()
print(conf)
print(b";".join(k + b"=" + v for k, v in sorted(conf.items())))

# CSV-ish splitting with rsplit and maxsplit
rows = [b"1,alice,admin", b"2,bob,", b"3,carol,dev,extra"]
for r in rows:
    print(r.split(b",", 2), r.rsplit(b",", 1))
