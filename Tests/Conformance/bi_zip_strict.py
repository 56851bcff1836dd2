# zip(strict=True): equal lengths pass, errors name the shorter/longer argument, error raised lazily at exhaustion.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: (list(zip([1, 2], [3, 4], strict=True)), list(zip(strict=True)), list(zip([], [], strict=True))))

show(lambda: list(zip([1, 2, 3], [4, 5], strict=True)))
show(lambda: list(zip([1], [4, 5], strict=True)))
show(lambda: list(zip([1, 2], [3, 4], [5], strict=True)))
show(lambda: list(zip([1, 2], [3], [5, 6], strict=True)))
show(lambda: list(zip([1], [2], [3, 4], strict=True)))
show(lambda: list(zip([1, 2], "ab", range(5), strict=True)))
def partial():
    z = zip([1, 2, 3], [4, 5], strict=True)
    print(next(z), next(z))
    return next(z)
show(partial)
show(lambda: list(zip("ab", "cd", strict=False)))
show(lambda: list(zip([1], [2, 3], strict=0)))
