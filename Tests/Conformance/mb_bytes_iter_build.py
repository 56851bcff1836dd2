# bytes: iteration patterns: chunking, sliding windows, byte histograms, bytes from generators, zip/map over bytes.
data = b"the rain in spain stays mainly in the plain"

# fixed-size chunks
chunks = [data[i:i + 8] for i in range(0, len(data), 8)]
print(chunks, len(chunks), b"".join(chunks) == data)

# sliding windows of 3 and the most common trigram (ties broken by bytes order)
windows = [data[i:i + 3] for i in range(len(data) - 2)]
tri = {}
for w in windows:
    tri[w] = tri.get(w, 0) + 1
best = sorted(tri.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print(best)

# histogram of byte values, printed in byte order
hist = [0] * 256
for c in data:
    hist[c] += 1
print([(bytes([i]), n) for i, n in enumerate(hist) if n >= 3])
print(sum(hist) == len(data), data.count(b"a") == hist[ord("a")])

# bytes from generators, map and filter
print(bytes(c for c in data if c != 32)[:20], bytes(map(lambda c: c - 32 if 97 <= c <= 122 else c, b"shout")))
print(bytes(filter(lambda c: c in b"aeiou", data)), bytearray(c + 1 for c in b"HAL"))

# zip two byte strings: XOR "encryption" and Hamming distance
key = b"k3y"
cipher = bytes(c ^ key[i % len(key)] for i, c in enumerate(b"attack at dawn"))
plain = bytes(c ^ key[i % len(key)] for i, c in enumerate(cipher))
print(cipher.hex(), plain)
def hamming(a, b):
    return sum(bin(x ^ y).count("1") for x, y in zip(a, b))
print(hamming(b"this is a test", b"wokka wokka!!!"), hamming(b"same", b"same"))

# iterating a bytearray while building another
src = bytearray(b"abc")
dst = bytearray()
for c in src:
    dst.append(c)
    dst.append(c - 32)
print(dst, list(iter(b"xy")), next(iter(b"z")), len(list(reversed(bytearray(b"12345")))))

# enumerate with start and reversed pairing
print([(i, chr(c)) for i, c in enumerate(b"ab", 1)], [a - b for a, b in zip(b"\x05\x06", reversed(b"\x01\x02"))])
