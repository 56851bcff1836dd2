# io.BytesIO: write/getvalue/read(n)/seek/tell/readline/readlines, truncate, iteration,
# initial bytes, bytearray/memoryview writes, type errors and closed-file errors.
import io

b = io.BytesIO()
print(b.write(b"hello"), b.write(bytearray(b" world\n")), b.write(b"xyz"))
print(b.getvalue(), b.tell(), b.read(), b.seek(0), b.read(3), b.read(0), b.tell())
print(b.read(100), b.read(), b.read(-1), type(b.read()).__name__)
b.seek(0)
print(b.readline(), b.readline(), b.readline(), b.tell())
b.seek(6)
print(b.read1(2), b.read(), b.seek(-3, io.SEEK_END), b.read(), b.seek(2, io.SEEK_SET))
print(b.seek(1, io.SEEK_CUR), b.read(2), b.tell())

c = io.BytesIO(b"one\ntwo\nthree")
print(c.tell(), c.readlines(), c.readline(), c.seek(0), list(c))
c.seek(0)
print([line.rstrip() for line in c], c.seek(4), c.readline(2), c.readline())
c.seek(0)
print(c.write(b"ONE"), c.getvalue(), c.read(), c.truncate(6), c.getvalue(), c.tell())
c.seek(10)
print(c.write(b"!"), c.getvalue(), len(c.getvalue()))
d = io.BytesIO(b"\x00\x01\xff")
data = d.read()
print(data, list(data), data.hex(), d.getvalue()[2], d.getvalue() == data)
buf = bytearray(4)
d.seek(0)
print(d.readinto(buf), buf, d.readinto(buf), buf)
print(d.readable(), d.writable(), d.seekable(), d.closed, d.isatty())

e = io.BytesIO()
for name, fn in [("write str", lambda: e.write("text")), ("write int", lambda: e.write(5)),
                 ("write list", lambda: e.write([1, 2])), ("init str", lambda: io.BytesIO("s")),
                 ("neg seek", lambda: e.seek(-1)), ("whence", lambda: e.seek(0, 3)),
                 ("writelines", lambda: e.writelines(["a"])), ("read str", lambda: e.read("2")),
                 ("neg trunc", lambda: e.truncate(-2))]:
    try:
        print(name, fn())
    except (TypeError, ValueError) as ex:
        print(name, type(ex).__name__, ex)
e.writelines([b"a", bytearray(b"b"), b"c"])
print(e.getvalue(), e.tell())
with io.BytesIO(b"ctx") as f:
    print(f.read(), f.closed)
print(f.closed)
for name, fn in [("read", f.read), ("getvalue", f.getvalue), ("tell", f.tell),
                 ("write", lambda: f.write(b"x")), ("readline", f.readline),
                 ("iter", lambda: next(iter(f)))]:
    try:
        fn()
    except ValueError as ex:
        print(name, type(ex).__name__, ex)
print(isinstance(b, io.BufferedIOBase), isinstance(b, io.TextIOBase), type(b).__name__)
