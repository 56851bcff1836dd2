# bytes programs: a tiny binary record packer/unpacker (fixed and length-prefixed fields) built on int.to_bytes/from_bytes.
FIELDS = [("id", "u32"), ("temp", "i16"), ("flags", "u8"), ("name", "str"), ("tags", "list")]

def pack(record):
    out = bytearray(b"RC")
    for name, kind in FIELDS:
        v = record[name]
        if kind == "u32":
            out += v.to_bytes(4, "little")
        elif kind == "i16":
            out += v.to_bytes(2, "little", signed=True)
        elif kind == "u8":
            out += v.to_bytes(1, "little")
        elif kind == "str":
            raw = v.encode("utf-8")
            out += len(raw).to_bytes(2, "big") + raw
        elif kind == "list":
            out += len(v).to_bytes(1, "big")
            for item in v:
                raw = item.encode("utf-8")
                out += len(raw).to_bytes(1, "big") + raw
    return bytes(out)

def unpack(data):
    if data[:2] != b"RC":
        raise ValueError(f"bad magic {data[:2]!r}")
    pos = 2
    def take(n):
        nonlocal pos
        if pos + n > len(data):
            raise ValueError(f"truncated at offset {pos}, need {n} bytes")
        chunk = data[pos:pos + n]
        pos += n
        return chunk
    rec = {}
    for name, kind in FIELDS:
        if kind == "u32":
            rec[name] = int.from_bytes(take(4), "little")
        elif kind == "i16":
            rec[name] = int.from_bytes(take(2), "little", signed=True)
        elif kind == "u8":
            rec[name] = take(1)[0]
        elif kind == "str":
            rec[name] = take(int.from_bytes(take(2), "big")).decode("utf-8")
        elif kind == "list":
            rec[name] = [take(take(1)[0]).decode("utf-8") for _ in range(take(1)[0])]
    if pos != len(data):
        raise ValueError(f"{len(data) - pos} trailing bytes")
    return rec

records = [
    {"id": 1, "temp": -40, "flags": 0b101, "name": "probe", "tags": ["a", "bc"]},
    {"id": 4000000000, "temp": 32767, "flags": 255, "name": "névé", "tags": []},
    {"id": 0, "temp": -32768, "flags": 0, "name": "", "tags": ["x" * 3]},
]
blob = bytearray()
for r in records:
    p = pack(r)
    print(p.hex(" "), unpack(p) == r)
    blob += len(p).to_bytes(2, "big") + p

# a stream of length-prefixed records
pos = 0
while pos < len(blob):
    n = int.from_bytes(blob[pos:pos + 2], "big")
    print(unpack(bytes(blob[pos + 2:pos + 2 + n])))
    pos += 2 + n

good = pack(records[0])
for bad in [b"XX" + good[2:], good[:-1], good + b"\x00", good[:5]]:
    try:
        unpack(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad_rec in [dict(records[0], temp=40000), dict(records[0], flags=-1), dict(records[0], id=2**32)]:
    try:
        pack(bad_rec)
    except OverflowError as e:
        print(type(e).__name__, e)
