# str.split()/rsplit() with sep=None and a maxsplit keep the untouched end's whitespace; empty-substring search past the end.
for s in ["  a  b  c  ", "  a b  ", " x ", "a  b  c  ", "  a  b  c"]:
    for n in [0, 1, 2, 5]:
        print(repr(s), n, s.split(None, n), s.rsplit(None, n))
print("  a b  ".split(maxsplit=0), "\t a\n".rsplit(maxsplit=0), "a \n".split(maxsplit=1))
s = "abracadabra"
for args in [("", 12), ("", 11), ("", 100), ("", 12, 20), ("", -1)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args), s.startswith(*args), s.endswith(*args))
try:
    s.index("", 12)
except ValueError as e:
    print(type(e).__name__, e)
