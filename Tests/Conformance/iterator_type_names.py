# The iterator types of the built-in containers by name, reversed() iterators, and iterator protocol basics.
for x in [[], (), "abc", "héllo", range(3), range(2**70), b"", bytearray(), {}, {}.keys(), {}.values(), {}.items(), set(), frozenset(), memoryview(b"")]:
    print(type(iter(x)).__name__, end=" ")
print()
print(type(reversed([])).__name__, type(reversed((1,))).__name__, type(reversed("ab")).__name__, type(reversed(range(3))).__name__)
it = iter([1, 2, 3]); print(next(it), it.__next__(), list(it), iter(it) is it)
try: reversed(iter([1]))
except TypeError as e: print(e)
print(list(iter({"a": 1}.items())), sorted(iter({1, 2})), list(reversed("xyz")))
