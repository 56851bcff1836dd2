# itertools pipelines: chain, islice, accumulate (running totals, max,
# custom func, initial), product, combinations, permutations, count, cycle,
# repeat, zip_longest, starmap, takewhile/dropwhile, compress, pairwise.
import itertools as it

sales = [120, 80, 200, 50, 300, 10, 90]
print(list(it.accumulate(sales)))
print(list(it.accumulate(sales, max)))
print(list(it.accumulate(sales, lambda a, b: a * 2 + b, initial=1)))
print(list(it.accumulate([], initial=7)), list(it.accumulate("abc")))

batches = [[1, 2], (3,), range(4, 7), "", iter([7, 8])]
flat = it.chain(*batches)
print(list(flat), list(it.chain.from_iterable(["ab", "cd"])))

evens = (n for n in it.count(0, 2))
print(list(it.islice(evens, 5)), list(it.islice("abcdefgh", 1, 7, 2)), list(it.islice(range(10), 3)))
print(list(it.islice(it.count(1.5, 0.5), 4)), list(it.islice(it.cycle("xyz"), 7)))
print(list(it.repeat("r", 3)), list(map(pow, range(5), it.repeat(2))))

print(list(it.product("AB", [1, 2, 3])))
print(len(list(it.product(range(3), repeat=3))), list(it.product()))
print(list(it.combinations("ABCD", 2)), list(it.combinations(range(3), 0)), list(it.combinations("AB", 3)))
print(list(it.permutations([1, 2, 3], 2)), len(list(it.permutations(range(5)))))
print(list(it.combinations_with_replacement("XY", 3)))

print(list(it.zip_longest("abcd", [1, 2], fillvalue="-")), list(it.zip_longest()))
print(list(it.starmap(lambda a, b: a ** b, [(2, 5), (3, 2), (10, 3)])))
data = [1, 4, 6, 4, 1, 8, 2]
print(list(it.takewhile(lambda x: x < 5, data)), list(it.dropwhile(lambda x: x < 5, data)))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.compress(range(10), it.cycle([True, False, False]))))
print(list(it.pairwise([1, 3, 6, 10, 15])), list(it.pairwise("a")))

# A pipeline: moving averages of the differences of squares of odd numbers.
odds = (n for n in it.count(1) if n % 2)
squares = map(lambda n: n * n, odds)
diffs = (b - a for a, b in it.pairwise(squares))
first = list(it.islice(diffs, 6))
print(first)
running = list(it.accumulate(first))
print(running, ["%.2f" % (r / (i + 1)) for i, r in enumerate(running)])

dice = [a + b for a, b in it.product(range(1, 7), repeat=2)]
print({s: dice.count(s) for s in range(2, 13)})
pairs_sum_10 = [c for c in it.combinations([1, 9, 3, 7, 5, 5, 2, 8], 2) if sum(c) == 10]
print(pairs_sum_10)
try:
    list(it.islice([1, 2], -1))
except ValueError as e:
    print(type(e).__name__, e)
try:
    it.combinations("ab", -1)
except ValueError as e:
    print(type(e).__name__, e)
