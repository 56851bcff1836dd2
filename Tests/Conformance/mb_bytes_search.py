# bytes: find/rfind/index/rindex/count/startswith/endswith with byte-string and int needles, start/end ranges, and errors.
b = b"abracadabra"
print(b.find(b"abra"), b.rfind(b"abra"), b.find(b"zz"), b.rfind(b"zz"), b.find(b""), b.rfind(b""))
print(b.find(97), b.rfind(97), b.find(ord("d")), b.find(b"a", 1), b.find(b"a", 1, 3), b.find(b"a", -4), b.find(b"a", 20))
print(b.index(b"cad"), b.rindex(b"a"), b.index(98, 2), b.rindex(b"b", 0, 5))
print(b.count(b"a"), b.count(b"abra"), b.count(b""), b.count(97), b.count(b"a", 3), b.count(b"a", 3, 7), b"aaaa".count(b"aa"))
print(b.startswith(b"abr"), b.startswith(b"bra", 1), b.startswith((b"x", b"ab")), b.startswith(b""), b.startswith(b"a", 20))
print(b.endswith(b"bra"), b.endswith(b"cad", 0, 7), b.endswith((b"q", b"ra")), b.endswith(b"abra", -4))

for call in [lambda: b.index(b"zz"), lambda: b.rindex(b"zz"), lambda: b.index(122),
             lambda: b.find("a"), lambda: b.count("a"), lambda: b.startswith("a"),
             lambda: b.endswith(["a"]), lambda: b.find(256), lambda: b.find(-1), lambda: b.find(1.0),
             lambda: b.startswith(97)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# bytearray supports the same, and mixes with bytes
ba = bytearray(b"mississippi")
print(ba.find(b"ss"), ba.rfind(bytearray(b"ss")), ba.count(b"s"), ba.index(112), ba.startswith(b"mis"), ba.endswith(bytearray(b"pi")))
print(b"ss" in ba, bytearray(b"ss") in b"mississippi", 115 in ba)

# searching in a loop: all positions of a needle
def positions(hay, needle):
    out = []
    i = hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out
print(positions(b, b"a"), positions(b, b"abra"), positions(b"aaaa", b"aa"), positions(b"", b"x"))
