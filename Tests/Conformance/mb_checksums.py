# bytes programs: hand-written checksums over bytes: adler32, a bitwise CRC-32, Fletcher-16, an XOR checksum and a Luhn-style check.
def adler32(data, value=1):
    a, b = value & 0xFFFF, value >> 16
    for c in data:
        a = (a + c) % 65521
        b = (b + a) % 65521
    return (b << 16) | a

def crc32(data, crc=0):
    crc ^= 0xFFFFFFFF
    for c in data:
        crc ^= c
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF

def fletcher16(data):
    s1 = s2 = 0
    for c in data:
        s1 = (s1 + c) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1

def xor_sum(data):
    x = 0
    for c in data:
        x ^= c
    return x

def luhn_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = c - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0

samples = [b"", b"a", b"abc", b"Wikipedia", b"123456789", b"The quick brown fox", bytes(range(32))]
for s in samples:
    print(repr(s), f"adler32={adler32(s):08x}", f"crc32={crc32(s):08x}", f"fletcher16={fletcher16(s):04x}", f"xor={xor_sum(s):02x}")

# incremental computation equals one-shot computation
whole = b"hello world"
print(adler32(b" world", adler32(b"hello")) == adler32(whole), crc32(b" world", crc32(b"hello")) == crc32(whole))

# checksums detect a flipped bit
good = bytearray(b"payload-data")
bad = bytearray(good)
bad[3] ^= 0x04
print(bytes(bad), crc32(good) != crc32(bad), adler32(good) != adler32(bad), xor_sum(good) ^ xor_sum(bad))

# checksum as bytes appended to a message, then verified
msg = b"important"
framed = msg + crc32(msg).to_bytes(4, "big")
body, tail = framed[:-4], framed[-4:]
print(framed.hex(), int.from_bytes(tail, "big") == crc32(body))

for number in [b"79927398713", b"79927398710", b"4539578763621486", b"0"]:
    print(number.decode(), luhn_ok(number))
