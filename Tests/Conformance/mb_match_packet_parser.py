# match statements over bytes: parsing a tiny binary protocol by matching header tuples, literal bytes and decoded fields.
def parse(packet):
    match packet[:1], packet[1:]:
        case b"", _:
            return "empty packet"
        case b"P", b"":
            return "ping"
        case b"E", payload:
            return f"echo {payload.decode('ascii', 'replace')!r}"
        case b"N", body if len(body) == 4:
            return f"number {int.from_bytes(body, 'big', signed=True)}"
        case b"N", body:
            return f"bad number length {len(body)}"
        case b"K", body:
            key, sep, value = body.partition(b"=")
            match key, sep, value:
                case b"", _, _:
                    return "missing key"
                case k, b"", _:
                    return f"flag {k.decode()}"
                case k, _, v:
                    return f"set {k.decode()} to {v.decode()}"
        case kind, _:
            return f"unknown kind {kind!r} (0x{kind[0]:02x})"

packets = [b"", b"P", b"Phello", b"Ehello", b"E\xffx", b"N\x00\x00\x01\x00", b"N\xff\xff\xff\xfe", b"N\x01",
           b"Kname=tiercel", b"Kverbose", b"K=1", b"Z\x00", b"\x7f"]
for p in packets:
    print(p, "->", parse(p))

# matching a list of byte values (bytes are not sequences for match, but list(bytes) is)
def header(data):
    match list(data[:4]):
        case [0x89, 0x50, 0x4E, 0x47]:
            return "PNG"
        case [0x47, 0x49, 0x46, _]:
            return "GIF"
        case [0xFF, 0xD8, *_]:
            return "JPEG"
        case [0x50, 0x4B, 3 | 5 | 7, _]:
            return "ZIP"
        case [first, *_] if first < 0x20:
            return f"control byte {first}"
        case []:
            return "no data"
        case _:
            return "unknown"
for d in [b"\x89PNG\r\n", b"GIF89a", b"\xff\xd8\xff\xe0", b"PK\x03\x04", b"PK\x01\x02", b"\x01abc", b"", b"text"]:
    print(d[:6], header(d))

# bytes never match a sequence pattern directly
match b"ab":
    case [97, 98]:
        print("matched as sequence?")
    case b"ab":
        print("bytes matched as a literal")
