# itertools: infinite, terminating and combinatoric iterators.
from itertools import (count, repeat, cycle, chain, islice, accumulate, takewhile, dropwhile, starmap, product,
                       permutations, combinations, combinations_with_replacement, zip_longest, pairwise, compress)
import itertools
print(list(islice(count(), 5)), list(islice(count(10, 2.5), 3)), list(repeat("x", 3)), list(islice(repeat(7), 2)))
print(list(islice(cycle("abc"), 8)), list(chain([1, 2], (3,), "ab")), list(chain.from_iterable([[1], [2, 3]])))
print(list(islice(range(20), 2, 12, 3)), list(islice("abcdef", 2)), list(islice(range(5), 1, None)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], initial=100)), list(accumulate([])))
print(list(takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(product("ab", range(2))), list(product([0, 1], repeat=2)), list(product()))
print(list(permutations("abc", 2)), len(list(permutations(range(5)))), list(permutations([1, 2, 3]))[:4])
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)), list(combinations("ab", 3)))
print(list(combinations_with_replacement("abc", 2)), list(zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(pairwise([1, 2, 3, 4])), list(compress("abcdef", [1, 0, 1, 0, 1, 1])), type(count()).__name__)
print(sum(1 for _ in permutations(range(6))), next(itertools.count(3)), [x * y for x, y in product(range(3), repeat=2)][-3:])
