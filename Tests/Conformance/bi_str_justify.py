# str center/ljust/rjust/zfill with fill characters, odd padding splits, widths smaller than the string, errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["", "a", "ab", "abc", "abcd", "héllo", "日本"]:
    print(repr(s.center(6)), repr(s.center(7, "*")), repr(s.ljust(6, ".")), repr(s.rjust(6, "-")), repr(s.center(2)))
for w in range(0, 9):
    print(w, repr("x".center(w, "=")), repr("xy".center(w, "=")), repr("xyz".center(w, "=")))
for s in ["42", "-42", "+42", "", "-", "+", "abc", "-abc", "3.14", "-0", "0042", "+-1", " 7"]:
    print(repr(s), repr(s.zfill(5)), repr(s.zfill(1)), repr(s.zfill(0)), repr(s.zfill(-3)))
print("x".ljust(3, "é"), "x".rjust(3, "日"), "x".center(4, "😀"), "ab".ljust(-5), "ab".rjust(0))
show(lambda: "x".center(5, "ab"))
show(lambda: "x".ljust(5, ""))
show(lambda: "x".center("5"))
show(lambda: "x".center(5.0))
show(lambda: "x".zfill("5"))
show(lambda: "x".zfill())
show(lambda: "x".ljust())
show(lambda: "x".center(5, "-", 1))
rows = [("Name", "Qty", "Price"), ("apple", "3", "0.50"), ("watermelon", "12", "13.25"), ("fig", "100", "7")]
widths = [max(len(r[i]) for r in rows) for i in range(3)]
for r in rows:
    print("|" + r[0].ljust(widths[0]) + "|" + r[1].rjust(widths[1]) + "|" + r[2].rjust(widths[2], ".") + "|")
print("[" + " MENU ".center(20, "~") + "]")
for n in [7, 42, 1234, -5]:
    print(str(n).zfill(6), str(n).rjust(6, "0"), f"{n:06d}")
