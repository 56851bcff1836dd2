# Built-in iterators expose __next__ (used by heapq.merge and hand-written merges) and have specific type names.
import heapq

it = iter([1, 2, 3])
step = it.__next__
print(step(), step(), it.__next__())
try:
    it.__next__()
except StopIteration:
    print("exhausted")
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__)
print(type(iter(range(3))).__name__, type(enumerate([])).__name__, type(zip()).__name__, type(map(abs, [])).__name__)
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])))
print(list(heapq.merge(["b", "d"], ["a", "c", "e"])))
print(list(heapq.merge([9, 4, 1], [10, 3], reverse=True)))
print(list(heapq.merge(["aaa", "c"], ["bb"], key=len)))
gen = (x * x for x in range(3))
print(gen.__next__(), next(gen), gen.__next__())
