# zip(strict=True): equal lengths pass, mismatches raise ValueError with CPython's
# messages, partial output before the error, and non-strict truncation.
print(list(zip([1, 2], "ab", strict=True)))
print(list(zip(strict=True)), list(zip([], [], strict=True)))
print(list(zip([1, 2, 3], "ab")), list(zip([1, 2, 3], "ab", strict=False)))


def attempt(*its):
    out = []
    try:
        for item in zip(*its, strict=True):
            out.append(item)
    except ValueError as e:
        return out, str(e)
    return out, None


print(attempt([1, 2, 3], "ab"))
print(attempt([1, 2], "abc"))
print(attempt([1], [2], [3, 4]))
print(attempt([1, 2], [3, 4], [5]))
print(attempt([], [1]))
print(attempt(range(3), iter([1, 2, 3])))

consumed = []


def gen(n):
    for i in range(n):
        consumed.append(i)
        yield i


print(attempt(gen(2), gen(3)), consumed)


def merge_columns(names, values):
    return dict(zip(names, values, strict=True))


print(merge_columns(["a", "b"], [1, 2]))
try:
    merge_columns(["a", "b", "c"], [1, 2])
except ValueError as e:
    print(type(e).__name__, e)
z = zip("ab", "cd", strict=True)
print(next(z), next(z), next(z, "done"))
pairs = [(1, "x"), (2, "y")]
nums, letters = zip(*pairs, strict=True)
print(nums, letters)
try:
    zip([1], other=1)
except TypeError as e:
    print(type(e).__name__, e)
print(list(zip([1, 2], [3, 4], strict=1)))
