# io gaps: TextIOWrapper over a binary buffer.
import io
t = io.TextIOWrapper(io.BytesIO("ünï\ncode\n".encode("utf-8")), encoding="utf-8")
print(repr(t.readline()), repr(t.read()), t.encoding)
