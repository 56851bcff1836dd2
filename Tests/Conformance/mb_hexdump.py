# bytes programs: a classic hexdump printer (offset, grouped hex columns, printable ASCII gutter) and a parser for it.
def hexdump(data, width=16, start=0):
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexes = []
        for i, c in enumerate(chunk):
            hexes.append(f"{c:02x}")
            if i == width // 2 - 1:
                hexes.append("")
        hex_part = " ".join(hexes).ljust(width * 3)
        text = "".join(chr(c) if 32 <= c < 127 else "." for c in chunk)
        lines.append(f"{start + off:08x}  {hex_part} |{text}|")
    lines.append(f"{start + len(data):08x}")
    return "\n".join(lines)

def parse_hexdump(dump):
    out = bytearray()
    for line in dump.splitlines():
        parts = line.split("|")[0].split()
        out += bytes.fromhex("".join(parts[1:]))
    return bytes(out)

data = b"Hello, Tiercel!\n\x00\x01\x02\x7f\x80\xfe\xff" + bytes(range(60, 80)) + b"\tend"
dump = hexdump(data)
print(dump)
print(parse_hexdump(dump) == data)
print(hexdump(b""))
print(hexdump(b"short"))
print(hexdump(b"ABCDEFGHIJKL", width=8, start=0x1000))

# a compact xxd-style one-liner per 8 bytes
def xxd(data):
    for off in range(0, len(data), 8):
        chunk = data[off:off + 8]
        pairs = [chunk[i:i + 2].hex() for i in range(0, len(chunk), 2)]
        print(f"{off:04x}: {' '.join(pairs):<19}  {chunk.decode('latin-1').translate({i: '.' for i in range(32)})}")
xxd(b"\x00binary\x01data\x1f!")

# bit view of a few bytes
for c in b"\x00\x0f\xa5":
    print(f"{c:3d} 0x{c:02X} {c:08b}", "".join("#" if c & (0x80 >> k) else "." for k in range(8)))
