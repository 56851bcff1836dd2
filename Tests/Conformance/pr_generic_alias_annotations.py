# Built-in generic aliases (PEP 585) such as list[int] and dict[str, int], mainly as they appear in annotations.
def total(xs: list[int]) -> int:
    return sum(xs)


def index(words: list[str]) -> dict[str, list[int]]:
    out = {}
    for i, w in enumerate(words):
        out.setdefault(w, []).append(i)
    return out


print(total([1, 2, 3]), index(["a", "b", "a"]))
print(total.__annotations__["xs"], index.__annotations__["return"])
print(repr(list[int]), repr(dict[str, int]), repr(tuple[int, ...]), repr(set[float]))
alias = list[int]
print(alias.__origin__ is list, alias.__args__, alias() == [], alias("ab"))
print(type[int], frozenset[str])
