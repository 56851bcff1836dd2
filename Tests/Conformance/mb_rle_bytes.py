# bytes programs: run-length encoding over bytes (count/value pairs and a PackBits-style variant) with round-trips.
def rle_encode(data):
    out = bytearray()
    i = 0
    while i < len(data):
        run = 1
        while i + run < len(data) and data[i + run] == data[i] and run < 255:
            run += 1
        out += bytes([run, data[i]])
        i += run
    return bytes(out)

def rle_decode(data):
    if len(data) % 2:
        raise ValueError("truncated RLE stream")
    out = bytearray()
    for i in range(0, len(data), 2):
        out += bytes([data[i + 1]]) * data[i]
    return bytes(out)

def packbits(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j + 1 < len(data) and data[j + 1] == data[i] and j - i < 127:
            j += 1
        if j > i:
            out.append(257 - (j - i + 1))
            out.append(data[i])
            i = j + 1
        else:
            start = i
            while i < len(data) and i - start < 128 and not (i + 1 < len(data) and data[i + 1] == data[i]):
                i += 1
            out.append(i - start - 1)
            out += data[start:i]
    return bytes(out)

def unpackbits(data):
    out = bytearray()
    i = 0
    while i < len(data):
        n = data[i]
        if n < 128:
            out += data[i + 1:i + 2 + n]
            i += 2 + n
        elif n > 128:
            out += data[i + 1:i + 2] * (257 - n)
            i += 2
        else:
            i += 1
    return bytes(out)

samples = [b"", b"a", b"aaaa", b"abc", b"aaabccddddde", b"\x00" * 20 + b"\xff" * 3, b"abababab", b"x" * 300]
for s in samples:
    r = rle_encode(s)
    p = packbits(s)
    print(len(s), r.hex() if len(r) < 30 else f"{len(r)} bytes", rle_decode(r) == s, p.hex() if len(p) < 30 else f"{len(p)} bytes", unpackbits(p) == s)

print(rle_decode(b"\x03A\x01B\x02C"), unpackbits(bytes([0xFD, 0x41, 0x02, 0x61, 0x62, 0x63])))
try:
    rle_decode(b"\x03A\x01")
except ValueError as e:
    print(type(e).__name__, e)

# compression ratio on a small "image" row
row = bytes([0] * 10 + [7] * 5 + [0] * 10 + list(range(5)))
print(len(row), len(rle_encode(row)), len(packbits(row)), packbits(row).hex())
