# types.GenericAlias (list[int], dict[str, int]) and X | Y unions with isinstance.
import types

la = list[int]
print(la, type(la) is types.GenericAlias, la.__origin__ is list, la.__args__)
da = dict[str, list[int]]
print(da, da.__args__[1], da.__origin__)
print(tuple[int, ...], set[str], frozenset[bytes], type[int])
print(la(), la([1, 2]), da({"a": [1]}))
print(list[int] == list[int], list[int] == list[str], list[int] == list)
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__)

u = int | None
print(u, type(u) is types.UnionType, u.__args__)
print(isinstance(3, u), isinstance(None, u), isinstance("s", u))
u2 = int | str | float
print(u2, isinstance(2.5, u2), isinstance([], u2))
print(issubclass(bool, int | str), issubclass(list, int | str))
print((int | str) == (str | int), int | str | int)
print(None | int)


class A:
    pass


class B(A):
    pass


ab = A | B
print(isinstance(B(), ab), isinstance(object(), ab), ab.__args__ == (A, B))


def check(value, kind):
    return type(value).__name__ + (" matches" if isinstance(value, kind) else " does not match")


for v in (1, "x", None, 2.0, [1]):
    print(check(v, int | str | None))
try:
    int | 3
except TypeError as e:
    print(type(e).__name__, e)


def annotated(x: list[int], y: int | None = None) -> dict[str, int]:
    return {str(i): i for i in x}


print(annotated([1, 2]))
print(annotated.__annotations__["x"], annotated.__annotations__["y"], annotated.__annotations__["return"])
