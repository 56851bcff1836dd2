# collections.ChainMap: lookup order, writes go to the first map, new_child/parents, len/iteration.
from collections import ChainMap
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps, cm.new_child({"c": 4})["c"], dict(cm.parents))
cm["z"] = 26
print(cm.maps[0], "z" in cm, cm.get("q", "none"))
del cm["z"]
try:
    del cm["b"]
except KeyError as e:
    print(type(e).__name__, e)
print(list(ChainMap({"x": 1}, {"y": 2, "x": 0}).items()), ChainMap().maps)
