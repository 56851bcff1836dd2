# copy.deepcopy of sets, frozensets and bytearrays, alone and nested.
import copy

s = {1, 2, 3}
ds = copy.deepcopy(s)
ds.add(4)
print(sorted(s), sorted(ds), ds is s)
fs = frozenset([1, 2])
print(copy.deepcopy(fs) == fs)
ba = bytearray(b"abc")
db = copy.deepcopy(ba)
db[0] = 65
print(ba, db)
nested = {"tags": {"a", "b"}, "raw": bytearray(b"xy"), "frozen": frozenset([3])}
dn = copy.deepcopy(nested)
nested["tags"].add("c")
print(sorted(dn["tags"]), dn["raw"], dn["frozen"] == nested["frozen"])
