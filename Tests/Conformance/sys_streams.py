# sys.stdout/sys.stderr: write() return counts, print(file=...), flush, identity with
# __stdout__, attributes, swapping stdout for a StringIO and restoring; stdin untouched.
import io
import sys

n = sys.stdout.write("written directly\n")
print("count", n)
print("empty write", sys.stdout.write(""))
print("unicode count", sys.stdout.write("héllo ✓\n"))
print("no newline", end="")
sys.stdout.write(" -- continued\n")
print("to stdout", 1, 2, file=sys.stdout, sep=",")
print("flush returns", sys.stdout.flush())
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr, sys.__stdin__ is sys.stdin)
print(sys.stdout is not sys.stderr, sys.stdout.writable(), sys.stdout.readable())
print(sys.stdout.encoding.lower().replace("-", ""), sys.stdout.closed, sys.stderr.closed)
print(type(sys.stdout).__name__, isinstance(sys.stdout, io.TextIOBase))
print(hasattr(sys.stdout, "buffer"), hasattr(sys.stdin, "read"), hasattr(sys.stderr, "write"))
print("print returns", print("inner"))

for bad in [42, b"bytes", None]:
    try:
        sys.stdout.write(bad)
    except TypeError as e:
        print(type(e).__name__, e)

saved = sys.stdout
capture = io.StringIO()
sys.stdout = capture
print("captured line")
sys.stdout.write("captured write\n")
print("a", "b", sep="|")
sys.stdout = saved
print("restored", repr(capture.getvalue()))
print(sys.stdout is sys.__stdout__)


class Upper:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text.upper())
        return len(text)

    def flush(self):
        self.parts.append("<flush>")


u = Upper()
print("custom", "file", file=u)
print("again", file=u, end="!", flush=True)
print(u.parts)
sys.stdout = u
print("via sys.stdout")
sys.stdout = sys.__stdout__
print(u.parts[-2:])


class NoWrite:
    pass


try:
    print("x", file=NoWrite())
except AttributeError as e:
    print(type(e).__name__, e)
sys.stdout.flush()
sys.stderr.write("final stderr line\n")
sys.stderr.flush()
