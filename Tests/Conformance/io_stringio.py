# io.StringIO: write/getvalue/read/readline/readlines, seek/tell, iteration, initial
# value, truncate, writelines, print(file=...), context manager, errors after close.
import io

s = io.StringIO()
print(s.write("hello"), s.write(" world\n"), s.write(""), s.tell())
print(repr(s.getvalue()), repr(s.read()), s.seek(0), repr(s.read(5)), s.tell())
print(repr(s.read()), repr(s.read()), s.tell())
s.writelines(["line two\n", "line three\n", "tail"])
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.readline(4)), repr(s.readline()), s.tell())
print(s.readlines(), repr(s.readline()))
s.seek(0)
print(s.readlines(10))
s.seek(0)
print([line for line in s])
s.seek(0)
print([n for n, _ in enumerate(s, 1)], next(iter(s), "exhausted"))

t = io.StringIO("abc\ndef\nghi")
print(t.tell(), repr(t.read(2)), repr(t.getvalue()))
print(t.write("XY"), repr(t.getvalue()), t.tell(), repr(t.read()))
t.seek(0)
print(t.truncate(5), repr(t.getvalue()), t.tell())
t.seek(0, io.SEEK_END)
print(t.tell(), t.write("!"), repr(t.getvalue()))
print(t.truncate(), repr(t.getvalue()), t.truncate(2), repr(t.getvalue()), t.tell())
t.write("?")
print(repr(t.getvalue()))
t.seek(10)
t.write("Z")
print(repr(t.getvalue()), len(t.getvalue()))
print(t.readable(), t.writable(), t.seekable(), t.closed, t.isatty())

u = io.StringIO()
print("first", 1, 2.5, file=u)
print("a", "b", sep="-", end="|", file=u)
print(file=u)
print(repr(u.getvalue()), u.getvalue().splitlines())
with io.StringIO("inside") as v:
    print(v.read(), v.closed)
print(v.closed)
for name, fn in [("read", lambda: v.read()), ("write", lambda: v.write("x")),
                 ("getvalue", lambda: v.getvalue()), ("seek", lambda: v.seek(0)),
                 ("tell", lambda: v.tell()), ("readline", lambda: v.readline()),
                 ("iter", lambda: next(iter(v))), ("print", lambda: print("x", file=v))]:
    try:
        fn()
    except ValueError as e:
        print(name, type(e).__name__, e)
v.close()
print("double close ok", v.closed)
w = io.StringIO("x")
for name, fn in [("write int", lambda: w.write(5)), ("neg seek", lambda: w.seek(-1)),
                 ("cur seek", lambda: w.seek(2, 1)), ("whence", lambda: w.seek(0, 5)),
                 ("init bytes", lambda: io.StringIO(b"x")), ("neg trunc", lambda: w.truncate(-1)),
                 ("writelines", lambda: w.writelines([1]))]:
    try:
        print(name, fn())
    except (TypeError, ValueError, OSError) as e:
        print(name, type(e).__name__, e)
n = io.StringIO("a\r\nb\rc\n", newline=None)
print(n.readlines(), io.StringIO("a\r\nb", newline="").readlines())
print(isinstance(s, io.TextIOBase), isinstance(s, io.IOBase), type(s).__name__)
