# match statements: fixed-length sequence patterns over lists, tuples, ranges and deques; str/bytes/dict are not sequences.
from collections import deque

def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one({x!r})"
        case [x, y]:
            return f"two({x!r}, {y!r})"
        case (x, y, z):
            return f"three({x!r}, {y!r}, {z!r})"
        case _:
            return "not a short sequence"

cases = [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], (1, 2, 3), [1, 2, 3, 4],
         range(2), range(0), deque([7]), deque([1, 2, 3]), "ab", b"ab", bytearray(b"ab"),
         {"a": 1}, {1, 2}, 5, None, "", b""]
for v in cases:
    print(repr(v), "->", shape(v))

# list and tuple syntax are interchangeable in patterns
for v in [(1, 2), [1, 2]]:
    match v:
        case [1, 2]:
            print("list-syntax pattern matched", type(v).__name__)
    match v:
        case (1, 2):
            print("tuple-syntax pattern matched", type(v).__name__)
    match v:
        case 1, 2:
            print("bare tuple pattern matched", type(v).__name__)

# literal elements inside sequences
def cmd(v):
    match v:
        case ["add", x, y]:
            return x + y
        case ["neg", x]:
            return -x
        case ["const", 0]:
            return "zero const"
        case ["const", x]:
            return x
        case [op, *_]:
            return f"unknown op {op}"
        case _:
            return "bad"
for v in [["add", 2, 3], ("neg", 4), ["const", 0], ["const", 9], ["mul", 1, 2], [], "add"]:
    print(v, "->", cmd(v))

# single-element parenthesised pattern is a group, not a tuple
match 5:
    case (5):
        print("(5) is just 5")
match (5,):
    case (5,):
        print("(5,) is a one-tuple")

# sequence elements are compared with ==
match [1.0, True]:
    case [1, 1]:
        print("[1.0, True] matches [1, 1]")

# a generator is not a sequence
def gen():
    yield 1
match gen():
    case [x]:
        print("generator matched?")
    case _:
        print("generator is not a sequence")

# dict views and iterators are not sequences either
match {"a": 1}.keys():
    case [k]:
        print("keys view matched?")
    case _:
        print("keys view is not a sequence")
