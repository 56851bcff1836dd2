# print() keyword arguments: sep, end, file=sys.stdout/sys.stderr, flush, None defaults and error messages.
import sys
def show(f):
    try:
        f()
        print()
    except Exception as e:
        print(type(e).__name__, e)

print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("a", "b", "c", sep="\n")
print(1, 2, 3, sep=" -> ", end=" <end>\n")
print("no newline", end="")
print(" continued")
print()
print("", "", sep="|")
print(sep="X")
print(end="only end\n")
print("x", sep=None, end=None)
print(*range(5))
print(*range(5), sep=",")
print(*[], sep="never")
print(*"abc", sep="-", end="!\n")
print(1, "two", 3.0, None, True, [4], (5,), {6: 7}, sep=" | ")
print("to stdout", file=sys.stdout)
print("to stderr is not in stdout", file=sys.stderr)
print("flushed", flush=True)
print("None file", file=None)
for i in range(3):
    print(i, end=" " if i < 2 else "\n")

class Thing:
    def __str__(self):
        return "Thing!"
    def __repr__(self):
        return "<Thing>"
print(Thing(), [Thing()], sep=" & ")

class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collector()
print("hello", "world", file=c)
print(1, 2, sep="+", end="=3", file=c)
print(c.parts)

show(lambda: print("a", sep=5))
show(lambda: print("a", end=[]))
show(lambda: print("a", bogus=1))
print("done", sep="", end="\n\n")
print("last")
