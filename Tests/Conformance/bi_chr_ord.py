# chr() and ord() across ASCII, Latin-1, BMP, astral planes and surrogates, with error messages.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for cp in [0, 9, 10, 32, 48, 65, 97, 126, 127, 128, 160, 233, 255, 256, 955, 8364, 0x3042, 0xFFFD, 0xFFFF,
           0x10000, 0x1F600, 0x10FFFF]:
    c = chr(cp)
    print(cp, repr(c), ord(c) == cp, len(c))
print("".join(chr(ord("a") + i) for i in range(26)))
print([ord(c) for c in "Hé€😀"])
print(chr(True), ord("\n"), ord("\x00"), chr(0xd800) == "\ud800", ord("\udfff"))

show(lambda: chr(-1))
show(lambda: chr(0x110000))
show(lambda: chr(65.0))
show(lambda: chr("A"))
show(lambda: chr())
show(lambda: ord(""))
show(lambda: ord("ab"))
show(lambda: ord("日本語"))
show(lambda: ord(65))
show(lambda: ord(None))
show(lambda: ord(["a"]))

def caesar(text, k):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
print(caesar("Hello, World!", 3), caesar(caesar("Round Trip", 11), -11))
print(sorted("bAaB€é"), [ch for ch in map(chr, range(0x391, 0x3a0))])
