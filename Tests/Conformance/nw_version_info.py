# sys.version_info as a tuple: comparisons, slicing, indexing, unpacking.
import sys

vi = sys.version_info
print(vi >= (3, 11), vi < (4,), vi >= (3,), vi > (3, 10, 99), vi < (3, 12))
print(vi[:2] == (3, 11), vi[0], vi[1], len(vi))
major, minor, *rest = vi
print(major, minor, len(rest))
print(tuple(vi[:2]), vi[:2] >= (3, 8), (3, 11) <= vi[:2] < (3, 12))
print(vi == vi, vi != (2, 7), vi > (2, 7, 18), (3, 10) < vi)
if sys.version_info >= (3, 10):
    print("match statements available")
if sys.version_info < (3, 0):
    print("python 2")
else:
    print("python 3")
features = {(3, 8): "walrus", (3, 9): "dict union", (3, 10): "match", (3, 11): "exception groups", (3, 12): "type params"}
print([name for ver, name in sorted(features.items()) if vi >= ver])
print(max((3, 9), vi[:2]), min((3, 12), tuple(vi[:2])))
print(isinstance(vi, tuple), isinstance(vi[0], int))
print(sorted([(3, 12), vi[:2], (3, 9)]))
print(vi[0] * 100 + vi[1], f"{vi[0]}.{vi[1]}")
print(sys.version.startswith("3.11"), type(sys.version).__name__)
print(list(vi[:2]), vi.index(3), vi[:2].count(11))
