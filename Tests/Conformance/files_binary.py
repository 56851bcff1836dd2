# Binary file I/O: 'wb'/'rb'/'ab'/'r+b' modes, read(n), seek/tell, line iteration,
# with-blocks, bytes types, text-mode read of binary-written data, common errors.
import os

PATH = "/tmp/tiercel_conf_binary.bin"

with open(PATH, "wb") as f:
    print(f.write(b"alpha\nbeta\n"), f.write(bytes([0, 1, 2, 255])), f.write(b"\ngamma"))
    print(f.tell(), f.mode, f.closed, f.writable(), f.readable())
print(f.closed, os.path.getsize(PATH))

with open(PATH, "rb") as f:
    data = f.read()
print(type(data).__name__, len(data), data)
print(type(open(PATH, "rb").read()).__name__)

with open(PATH, "rb") as f:
    print(f.read(5), f.tell(), f.read(1), f.read(0), f.tell())
    print(f.seek(0), f.read(3), f.seek(-5, os.SEEK_END), f.read(), f.tell())
    print(f.seek(6), f.seek(2, os.SEEK_CUR), f.read(2), f.read(100)[:4], f.read())
    f.seek(0)
    print(f.readline(), f.readline(), f.readline(), f.readline(), f.readline())
    f.seek(0)
    lines = list(f)
print(len(lines), lines, [type(x).__name__ for x in lines][:1])
with open(PATH, "rb") as f:
    print([n for n, _ in enumerate(f)], f.readlines())

with open(PATH, "ab") as f:
    print(f.tell(), f.write(b"\ndelta"), f.tell())
with open(PATH, "rb") as f:
    print(f.read().split(b"\n"))

with open(PATH, "r+b") as f:
    f.seek(0)
    f.write(b"ALPHA")
    f.seek(0)
    print(f.read(12))

with open(PATH, "wb") as f:
    f.write("héllo wörld\nzweite Zeile\n".encode("utf-8"))
with open(PATH, "rb") as f:
    raw = f.read()
print(raw, len(raw), raw.decode("utf-8"))
with open(PATH, encoding="utf-8") as f:
    print(repr(f.read()), f.tell() == len(raw))
with open(PATH, encoding="latin-1") as f:
    print(repr(f.readline()))
with open(PATH, encoding="utf-8") as f:
    print(f.readlines())

for label, fn in [("str to wb", lambda: open(PATH, "wb").write("text")),
                  ("read on wb", lambda: open(PATH, "wb").read()),
                  ("write on rb", lambda: open(PATH, "rb").write(b"x")),
                  ("encoding+b", lambda: open(PATH, "rb", encoding="utf-8")),
                  ("bad mode", lambda: open(PATH, "rwb")),
                  ("missing", lambda: open("/tmp/tiercel_no_such_dir/x.bin", "rb"))]:
    try:
        fn()
    except (TypeError, ValueError, OSError) as e:
        print(label, type(e).__name__, e)
f = open(PATH, "wb")
f.close()
try:
    f.write(b"late")
except ValueError as e:
    print(type(e).__name__, e)
print(os.path.getsize(PATH), open(PATH, "rb").read())
os.remove(PATH)
print(os.path.exists(PATH))
