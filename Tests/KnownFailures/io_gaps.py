# io and buffer gaps: memoryview, and TextIOWrapper over a binary buffer.
import io
b = io.BytesIO()
print(b.write(memoryview(b"xyz")), b.getvalue())
m = memoryview(b"abcdef")
print(len(m), m[1], bytes(m[1:3]), m.tobytes(), m.tolist()[:2], m.readonly)
t = io.TextIOWrapper(io.BytesIO("ünï\ncode\n".encode("utf-8")), encoding="utf-8")
print(repr(t.readline()), repr(t.read()), t.encoding)
