# bytes programs: a hand-written UTF-8 encoder and validating decoder, checked against str.encode/bytes.decode.
def utf8_encode(text):
    out = bytearray()
    for ch in text:
        cp = ord(ch)
        if cp < 0x80:
            out.append(cp)
        elif cp < 0x800:
            out += bytes([0xC0 | cp >> 6, 0x80 | cp & 0x3F])
        elif cp < 0x10000:
            out += bytes([0xE0 | cp >> 12, 0x80 | cp >> 6 & 0x3F, 0x80 | cp & 0x3F])
        else:
            out += bytes([0xF0 | cp >> 18, 0x80 | cp >> 12 & 0x3F, 0x80 | cp >> 6 & 0x3F, 0x80 | cp & 0x3F])
    return bytes(out)

def utf8_decode(data):
    chars = []
    i = 0
    while i < len(data):
        b0 = data[i]
        if b0 < 0x80:
            n, cp = 0, b0
        elif 0xC2 <= b0 < 0xE0:
            n, cp = 1, b0 & 0x1F
        elif 0xE0 <= b0 < 0xF0:
            n, cp = 2, b0 & 0x0F
        elif 0xF0 <= b0 < 0xF5:
            n, cp = 3, b0 & 0x07
        else:
            raise ValueError(f"invalid start byte 0x{b0:02x} at {i}")
        if i + n >= len(data) + (n == 0):
            raise ValueError(f"truncated sequence at {i}")
        for k in range(1, n + 1):
            c = data[i + k]
            if c & 0xC0 != 0x80:
                raise ValueError(f"invalid continuation byte 0x{c:02x} at {i + k}")
            cp = cp << 6 | c & 0x3F
        if (n == 2 and cp < 0x800) or (n == 3 and cp < 0x10000):
            raise ValueError(f"overlong encoding at {i}")
        chars.append(chr(cp))
        i += n + 1
    return "".join(chars)

texts = ["", "ascii only", "café", "Ελληνικά", "日本語", "emoji 😀🐍", "mixed: a\u07ffb\u0800c\uffffd\U0010ffff"]
for t in texts:
    mine = utf8_encode(t)
    print(repr(t), len(t), len(mine), mine == t.encode("utf-8"), utf8_decode(mine) == t)

for bad in [b"\xff", b"\xc3", b"\xe2\x82", b"\xc3\x28", b"\xe0\x80\x80", b"\xf5\x80\x80\x80", b"ok\x80"]:
    try:
        utf8_decode(bad)
    except ValueError as e:
        mine = str(e)
    try:
        bad.decode("utf-8")
        theirs = "ok"
    except UnicodeDecodeError as e:
        theirs = str(e)
    print(bad, "|", mine, "|", theirs)

# per-character byte lengths
print([len(utf8_encode(c)) for c in "aé€😀"], [len(c.encode()) for c in "aé€😀"])
