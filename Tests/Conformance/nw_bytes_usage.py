# bytes in realistic use: encoding/decoding text, building packets, parsing
# headers, hex dumps, checksums, bytearray buffers.

msg = "héllo wörld"
data = msg.encode("utf-8")
print(data, len(msg), len(data), data.decode("utf-8") == msg)
print(msg.encode("latin-1"), "abc".encode("ascii"))
try:
    msg.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "ignore"))


def make_packet(kind, payload):
    header = kind.to_bytes(1, "big") + len(payload).to_bytes(2, "big")
    body = header + payload
    checksum = sum(body) % 256
    return body + bytes([checksum])


def parse_packet(pkt):
    kind = pkt[0]
    length = int.from_bytes(pkt[1:3], "big")
    payload = pkt[3:3 + length]
    ok = sum(pkt[:-1]) % 256 == pkt[-1]
    return kind, length, payload, ok


p = make_packet(7, b"ping:42")
print(p, p.hex(), parse_packet(p))
bad = p[:-1] + bytes([(p[-1] + 1) % 256])
print(parse_packet(bad)[3])

raw = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\nAccept: */*\r\n\r\nbody-bytes"
head, _, body = raw.partition(b"\r\n\r\n")
lines = head.split(b"\r\n")
method, path, version = lines[0].split(b" ")
headers = dict(line.split(b": ", 1) for line in lines[1:])
print(method, path, version.decode())
print(sorted((k.decode().lower(), v.decode()) for k, v in headers.items()), body)


def hexdump(b, width=8):
    out = []
    for off in range(0, len(b), width):
        chunk = b[off:off + width]
        text = "".join(chr(c) if 32 <= c < 127 else "." for c in chunk)
        out.append(f"{off:04x}  {chunk.hex(' '):<{width * 3}} {text}")
    return out


for line in hexdump(b"Hi\x00\x01there\nbytes!\x7f"):
    print(line)

buf = bytearray()
buf += b"abc"
buf.append(0x44)
buf.extend([69, 70])
buf[0] = ord("z")
print(buf, bytes(buf), buf.upper(), len(buf))
del buf[1:3]
print(buf, buf.find(b"E"), buf.startswith(b"zD"), b"E" in buf)
print(bytes.fromhex("de ad be ef"), list(b"AZ"), bytes(3), bytes(range(65, 70)))
print(b"a,b,,c".split(b","), b"-".join([b"x", b"y"]), b"  pad ".strip(), b"ab" * 3)
print(b"abc" < b"abd", b"abc" == bytearray(b"abc"), b"5-" + b"x")
try:
    b"abc" + "def"
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
