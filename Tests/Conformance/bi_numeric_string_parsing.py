# int()/float() string parsing: any Unicode whitespace around the number, Unicode decimal digits, underscore placement, arity.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["7\n", "\n7", "\n7\t", "\x0b7\x0c", "\r\n7\r\n", "\u30007\u3000", "\xa07\xa0", "\u20037"]:
    show(lambda: float(s))
    show(lambda: int(s))
for s in ["٣", "١٢", "-١٢", "１２３", "१२३", "۱۲"]:
    show(lambda: int(s))
show(lambda: float("١.٥"))
show(lambda: float("１２.５"))
show(lambda: int("٣", 16))
show(lambda: int("١٢x"))
show(lambda: float("\n"))
show(lambda: int("\t"))
for s in ["1_", "_1", "1__0", "1_.5", "1._5", "1e_5", "1_0.2_5", "1_0e1_0"]:
    show(lambda: float(s))
show(lambda: float("1", "2"))
show(lambda: float(x="1"))
