# copy.copy vs copy.deepcopy on lists, dicts, sets, tuples and nested structures.
import copy

nested = {"nums": [1, 2, [3, 4]], "meta": {"tags": ("a", "b"), "pair": (1, [2])}, "name": "n"}
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
print(shallow == nested, deep == nested, shallow is nested, deep is nested)
print(shallow["nums"] is nested["nums"], deep["nums"] is nested["nums"])
print(deep["meta"]["pair"] is nested["meta"]["pair"], deep["meta"]["pair"][1] is nested["meta"]["pair"][1])
nested["nums"][2].append(5)
nested["meta"]["pair"][1].append(9)
print(shallow["nums"], deep["nums"])
print(shallow["meta"]["pair"], deep["meta"]["pair"])

lst = [[0] * 2 for _ in range(3)]
c1 = copy.copy(lst)
c2 = lst[:]
c3 = list(lst)
d1 = copy.deepcopy(lst)
lst[0][0] = 99
print(c1[0], c2[0], c3[0], d1[0])
print(c1 is lst, c1[1] is lst[1], d1[1] is lst[1])

t = (1, 2, 3)
print(copy.copy(t) is t, copy.deepcopy(t) is t)
tm = (1, [2])
print(copy.deepcopy(tm) is tm, copy.deepcopy(tm) == tm)
fs = frozenset([1, 2])
print(copy.copy(fs) is fs)
for atom in (5, 2.5, "s", None, True, b"b", range(3)):
    print(type(atom).__name__, copy.copy(atom) is atom, copy.deepcopy(atom) is atom)

s = {1, 2, 3}
sc = copy.copy(s)
sc.add(4)
print(sorted(s), sorted(sc))

shared = [1, 2]
holder = [shared, shared, {"again": shared}]
dh = copy.deepcopy(holder)
print(dh[0] is dh[1], dh[0] is dh[2]["again"], dh[0] is shared)

cyc = [1, 2]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[2] is dc, dc[2] is cyc, len(dc), dc[:2])
d = {"self": None}
d["self"] = d
dd = copy.deepcopy(d)
print(dd["self"] is dd, dd is d)

memo = {}
a = [1, [2]]
b1 = copy.deepcopy(a, memo)
b2 = copy.deepcopy(a, memo)
print(b1 is b2, b1 is a, len(memo) > 0)

dict_copy = copy.copy({"x": [1]})
dict_copy["x"].append(2)
print(dict_copy, type(dict_copy).__name__)
ba = bytearray(b"abc")
bc = copy.copy(ba)
bc[0] = 65
print(ba, bc)
print(copy.copy(len) is len, copy.deepcopy(copy.copy) is copy.copy)
