# Canonically-equivalent but distinct str literals stay distinct (no merging of constants, code-point comparison).
a = "\u212b"
b = "\u00c5"
c = "A\u030a"
print(ord(a), ord(b), [ord(ch) for ch in c], a == b, b == c, len({a, b, c}))
e1 = "é"
e2 = "e\u0301"
print(len(e1), len(e2), e1 == e2, e2[0], repr(e2[1]), "cafe\u0301".endswith("é"), "é" in "cafe\u0301")
print(sorted({"é": 1, "e\u0301": 2}.values()), "café" == "cafe\u0301", "café" < "cafe\u0301")
