# bytes programs: a hand-written base64 encoder/decoder (standard and URL-safe alphabets, padding, validation errors).
STD = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
URL = STD[:62] + b"-_"

def b64encode(data, alphabet=STD):
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + bytes(3 - len(chunk)), "big")
        quad = bytes(alphabet[(n >> shift) & 63] for shift in (18, 12, 6, 0))
        keep = len(chunk) + 1
        out += quad[:keep] + b"=" * (4 - keep)
    return bytes(out)

def b64decode(text, alphabet=STD):
    if isinstance(text, str):
        text = text.encode("ascii")
    text = bytes(c for c in text if c not in b" \n\r\t")
    if len(text) % 4:
        raise ValueError(f"invalid length {len(text)}")
    lookup = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(text), 4):
        quad = text[i:i + 4]
        pad = len(quad) - len(quad.rstrip(b"="))
        if pad > 2 or (pad and i + 4 != len(text)):
            raise ValueError(f"bad padding at {i}")
        n = 0
        for c in quad[:4 - pad]:
            if c not in lookup:
                raise ValueError(f"invalid character {bytes([c])!r}")
            n = n * 64 + lookup[c]
        n <<= 6 * pad
        out += n.to_bytes(3, "big")[:3 - pad]
    return bytes(out)

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", b"Man", b"\x00\xff\xfe", "héllo wörld".encode(), bytes(range(250, 256))]
for s in samples:
    enc = b64encode(s)
    back = b64decode(enc)
    print(repr(s), enc, back == s)

print(b64encode(b"\xfb\xff\xbf", URL), b64encode(b"\xfb\xff\xbf"), b64decode(b"-_-_", URL))
print(b64decode("SGVs bG8s\nIFdv cmxk IQ=="))
for bad in [b"abc", b"ab=c", b"ab==abcd", b"a===", b"ab!d", "SGVsbG8=x"]:
    try:
        print(b64decode(bad))
    except ValueError as e:
        print(type(e).__name__, e)

# encode a text message, then decode it back to str
msg = "Tiercel: Python 3.11 in Swift ✓"
enc = b64encode(msg.encode("utf-8"))
print(enc.decode("ascii"), b64decode(enc).decode("utf-8") == msg, len(enc) % 4)
