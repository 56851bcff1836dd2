# str(bytes, encoding[, errors]) decoding form, str(bytes) without encoding giving the repr, and decode-side handler errors.
print(str(b"caf\xc3\xa9", "utf-8"), str(b"\xff", "utf-8", "replace"), str(b"abc", encoding="ascii"))
print(str(bytearray(b"xyz"), "ascii"), str(b"a\xffb", errors="ignore"), str(b"plain"), str(bytearray(b"q")))
for call in [lambda: str(b"x", "utf-8", 5), lambda: str("x", "utf-8"), lambda: str(5, "utf-8"), lambda: str(b"\xff", "ascii"),
             lambda: b"\xff".decode("utf-8", "xmlcharrefreplace")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
