# zip(): uneven lengths, no/one argument, laziness (which iterators get advanced), unzip idiom, zip_longest.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(zip()), list(zip([1, 2])), list(zip("ab", [1, 2, 3])), list(zip(range(3), "xyz", (True, False, None))))
print(dict(zip("abc", range(3))), list(zip(*[(1, "a"), (2, "b"), (3, "c")])), list(zip(*[])))
pairs = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*pairs)
print(xs, ys, list(zip(xs, ys)) == pairs)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], list(map(sum, zip(*matrix))))
show(lambda: list(zip(1, [2])))
show(lambda: list(zip([1], None)))
show(lambda: list(zip([1], bogus=True)))

consumed = []
def gen(name, n):
    for i in range(n):
        consumed.append((name, i))
        yield i
print(list(zip(gen("a", 3), gen("b", 1))), consumed)
consumed.clear()
print(list(zip(gen("a", 1), gen("b", 3))), consumed)
it = iter(range(10))
print(list(zip(it, it)), list(zip(*[iter("abcdefg")] * 3)))
z2 = zip("ab", "cd")
print(iter(z2) is z2, type(z2).__name__, list(z2), list(z2))
import itertools
print(list(itertools.zip_longest("abc", [1], fillvalue="-")), list(itertools.zip_longest()))
