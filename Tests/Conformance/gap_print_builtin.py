# print(): sep/end/file keywords, None defaults, objects' __str__, flush, and argument errors.
import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" | ", end=" <end>\n")
print("no newline", end="")
print(" -> continued")
print(1, 2.5, None, True, [1, "x"], {"k": (1,)}, sep=",")
print("x", sep=None, end=None)
print(*range(5), sep="-")
print(*[], sep="SEP")
print("to stdout", file=sys.stdout)
print("flushed", flush=True)
print("multi\nline", "text", sep="\n")
print("", "", sep="|")


class S:
    def __str__(self):
        return "S-str"

    def __repr__(self):
        return "S-repr"


print(S(), [S()], (S(),), {"k": S()}, sep=" ")
print("tab\tsep", "end", sep="\t", end="!\n")
for kwargs in [{"sep": 5}, {"end": 5}, {"file": 5}, {"bogus": 1}, {"sep": []}]:
    try:
        print("x", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


w = Writer()
print("a", "b", sep="+", end=";", file=w)
print("c", file=w, flush=True)
print(w.parts)
print(sep="ignored", end="only end\n")
