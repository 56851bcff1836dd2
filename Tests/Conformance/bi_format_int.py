# format spec mini-language for ints: fill/align, sign, width, zero padding, grouping, bases, alternate forms, 'c', 'n' (valid specs only).
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

specs = ["", "d", "5d", "<5", ">5", "^5", "=+6", "*^7", "0>4", "+", "-", " ", "05", "+05", " 05", ",", "_", "10,",
         "b", "#b", "o", "#o", "x", "#x", "X", "#X", "08b", "e", ".2f", "%", "n", "c"]
for n in [0, 7, -7, 255, 1234567]:
    out = []
    for sp in specs:
        if sp == "c" and not 0 <= n <= 0x10FFFF:
            continue
        out.append(format(n, sp))
    print(n, "|".join(out))
print(f"{42:>10}|{42:<10}|{42:^10}|{-42:^10}|{42:=10}|{-42:=10}|{-42:010}|{42:+010}")
print(f"{10**20:,}", f"{-10**20:_}", f"{2**64:x}", f"{-2**64:#X}", f"{True:d}", f"{False:5}|", f"{True:>5}")
print(f"{1234567:,d}", f"{123:,}", f"{0:,}", f"{-1234567:_}", f"{1234:>12,}", f"{1234:*<12_}")
print(f"{65:c}{66:c}{0x263a:c}", f"{255:#x}", f"{5:#o}", f"{0:#x}", f"{0:#b}", f"{-1:b}")
w, fill = 8, "."
print(f"{99:{fill}>{w}}", f"{99:{w}d}", "{:*^9}".format(3), "{:4}".format(5))
print(format(3, "06.2f"), format(-3, "e"), format(10**16, "g"), format(12, "%"), format(7, ".3"  if False else ".3g"))
print(format(5, ""), format(-5, "x"), format(10**30, "e"), format(2**70, ".3e"), format(123, ".5g"), format(-0, "+"))
