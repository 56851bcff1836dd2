# match statements: duck-typed look-alikes that are NOT sequences/mappings, __eq__ calls.
from collections import deque, OrderedDict

# a class with __getitem__ and __len__ is NOT a sequence for match
class FakeSeq:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i < 2: return i * 10
        raise IndexError(i)
match FakeSeq():
    case [a, b]:
        print("FakeSeq matched", a, b)
    case _:
        print("FakeSeq is not a sequence")
print("but it unpacks:", list(FakeSeq()))

# a class with keys/__getitem__ is NOT a mapping for match
class FakeMap:
    def keys(self): return ["k"]
    def __getitem__(self, key): return "v"
match FakeMap():
    case {"k": v}:
        print("FakeMap matched", v)
    case _:
        print("FakeMap is not a mapping")
print("but dict() accepts it:", dict(FakeMap()))

# __eq__ of the subject is consulted for literal patterns (subject == literal)
calls = []
class Loud:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        calls.append(other)
        return self.v == other
match Loud(3):
    case 1:
        print("1?")
    case 2:
        print("2?")
    case 3:
        print("matched 3 after comparing with", calls)

# deque and OrderedDict
match deque([1, 2, 3]):
    case [1, *rest]:
        print("deque rest:", rest)
match OrderedDict([("a", 1), ("b", 2)]):
    case {"b": b, **rest}:
        print("OrderedDict:", b, rest, type(rest).__name__)

# tuples of different lengths, exact-length checks use len()
for v in [(1,), (1, 2), (1, 2, 3)]:
    match v:
        case (_, _):
            print(v, "len 2")
        case _:
            print(v, "not len 2")
