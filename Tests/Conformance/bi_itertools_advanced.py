# itertools beyond basics: accumulate (func/initial), islice, pairwise, starmap, product(repeat), combinations, compress, dropwhile/takewhile, chain.from_iterable, cycle/count/repeat, zip_longest.
import itertools as it
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([])))
print(list(it.accumulate("abc")), list(it.accumulate([2, 3, 4], lambda a, b: a * b)), list(it.accumulate([], initial=0)))
print(list(it.islice(range(100), 5)), list(it.islice(range(100), 10, 20, 3)), list(it.islice("abcdef", 2, None)), list(it.islice(it.count(), 3, 6)))
print(list(it.pairwise("abcd")), list(it.pairwise([1])), list(it.starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(it.starmap(max, [[1, 5, 2]])))
print(list(it.product("ab", repeat=2)), len(list(it.product(range(3), repeat=3))), list(it.product()), list(it.product([1, 2], [])))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(4), 3)), list(it.combinations("ab", 3)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(5)))), list(it.permutations([], 0)), list(it.permutations("ab", 3)))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 4])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.chain.from_iterable(["ab", [1, 2], ()])))
print(list(it.islice(it.cycle("xyz"), 7)), list(it.repeat("r", 3)), list(zip(it.count(10, 5), "abc")), list(it.islice(it.count(1.5, 0.5), 3)), list(map(pow, range(4), it.repeat(2))))
print(list(it.zip_longest("ab", [1, 2, 3], fillvalue=0)), list(it.zip_longest([1], [], ["x", "y"])), list(it.chain("ab", [], "c")))
c = it.count(5)
print(next(c), next(c), next(c))
show(lambda: list(it.islice(range(5), -1)))
show(lambda: list(it.islice(range(5), 0, 5, 0)))
show(lambda: list(it.combinations("abc", -1)))
show(lambda: list(it.product("ab", repeat=-1)))
show(lambda: it.chain(1, 2).__next__())
show(lambda: list(it.accumulate([1, "a"])))
show(lambda: list(it.starmap(pow, [1, 2])))
show(lambda: list(it.pairwise(5)))
show(lambda: next(it.cycle([])))
show(lambda: list(it.repeat(1, -5)))
