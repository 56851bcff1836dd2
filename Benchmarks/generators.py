# generators: chained generator pipelines, yield-from tree walks and itertools combinatorics
# ci-size: 20000
import itertools
import random
import sys
from collections import deque


def numbers(count, seed, limit=1000):
    rng = random.Random(seed)
    for _ in range(count):
        yield rng.randrange(limit)


def counting(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def keep_if(predicate, items):
    for item in items:
        if predicate(item):
            yield item


def apply(function, items):
    for item in items:
        yield function(item)


def windowed_sums(items, width):
    """Sums of each run of `width` consecutive items, kept incrementally."""
    window = deque()
    total = 0
    for item in items:
        window.append(item)
        total += item
        if len(window) > width:
            total -= window.popleft()
        if len(window) == width:
            yield total


def pairwise_differences(items):
    iterator = iter(items)
    try:
        previous = next(iterator)
    except StopIteration:
        return
    for item in iterator:
        yield item - previous
        previous = item


def running_mean():
    """A coroutine: send numbers in, get the mean so far back."""
    total = 0
    count = 0
    mean = None
    while True:
        value = yield mean
        total += value
        count += 1
        mean = total // count


class Tree:
    __slots__ = ("key", "left", "right")

    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

    def insert(self, key):
        node = self
        while True:
            if key < node.key:
                if node.left is None:
                    node.left = Tree(key)
                    return
                node = node.left
            else:
                if node.right is None:
                    node.right = Tree(key)
                    return
                node = node.right


def in_order(node):
    if node is not None:
        yield from in_order(node.left)
        yield node.key
        yield from in_order(node.right)


def depths(node, depth=0):
    if node is not None:
        yield depth
        yield from depths(node.left, depth + 1)
        yield from depths(node.right, depth + 1)


def pipeline_total(n):
    source = numbers(n, 12345)
    odd = keep_if(lambda x: x % 2 == 1, source)
    scaled = apply(lambda x: x * 3 + 1, odd)
    windows = windowed_sums(scaled, 8)
    return sum(pairwise_differences(windows)), sum(windowed_sums(counting(n), 5))


def coroutine_total(n):
    mean = running_mean()
    next(mean)
    total = 0
    for value in numbers(n // 2, 999):
        total += mean.send(value)
    mean.close()
    return total


def tree_totals(n):
    # Wide keys keep the tree shallow, so the recursive walks stay far
    # from the recursion limit.
    keys = numbers(n // 4, 777, 10 ** 9)
    root = Tree(next(keys))
    for key in keys:
        root.insert(key)
    ordered = list(in_order(root))
    assert ordered == sorted(ordered)
    # Weighted by position so an out-of-order walk changes the checksum.
    weighted = sum(i * key for i, key in enumerate(ordered)) % 1000000007
    return weighted, max(depths(root)), sum(depths(root))


def itertools_totals(n):
    pool = list(itertools.islice(numbers(n, 4242), 24 + n // 4000))
    triples = 0
    for a, b, c in itertools.combinations(pool, 3):
        if (a + b + c) % 7 == 0:
            triples += 1
    products = sum(a * b for a, b in itertools.combinations(pool, 2))
    chained = sum(itertools.accumulate(itertools.chain(pool, reversed(pool))))
    runs = sum(len(list(group)) ** 2
               for _, group in itertools.groupby(sorted(x % 10 for x in pool)))
    return triples, products, chained, runs


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 800000
    differences, counting_windows = pipeline_total(n)
    print("pipeline:", differences, counting_windows)
    print("running means:", coroutine_total(n))
    print("tree:", *tree_totals(n))
    print("itertools:", *itertools_totals(n))


if __name__ == "__main__":
    main()
