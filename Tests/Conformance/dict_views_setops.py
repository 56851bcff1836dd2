# Keys and items views as sets (operators with any iterable, equality with sets), defaultdict.default_factory, sys.version_info fields, sum() keyword errors.
d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
print(sorted(k | {"z"}), sorted(k & {"b", "q"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}), sorted({"b", "x"} - k))
print(sorted(d.items() & {("b", 2), ("c", 4)}), k == {"a", "b", "c"}, k == {"a"}, {"a", "b", "c"} == k, d.items() == {("a", 1), ("b", 2), ("c", 3)})
print(k == d.keys(), sorted(k | ["x", "y"]), type(k | set()).__name__, d.values() == d.values())
from collections import defaultdict
dd = defaultdict(list)
print(dd.default_factory is list); dd.default_factory = int; dd["x"] += 1; print(dict(dd), defaultdict().default_factory)
import sys
print(sys.version_info >= (3, 8), sys.version_info.major, sys.version_info[:2], type(sys.version_info).__name__, len(sys.version_info))
try: sum(iterable=[1])
except TypeError as e: print(e)
try: sum([1], iterable=[2])
except TypeError as e: print(e)
