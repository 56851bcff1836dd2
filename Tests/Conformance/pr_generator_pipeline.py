# Generator pipelines: chained stages over log lines, lazy evaluation order, infinite sources with islice.
import itertools

LOG = """\
2024-01-01 INFO start service
2024-01-01 WARN disk 81%
2024-01-02 ERROR db timeout
2024-01-02 INFO request ok
bad line
2024-01-03 ERROR db timeout
2024-01-03 WARN disk 93%
2024-01-04 INFO stop service"""


def read_lines(text):
    for line in text.splitlines():
        print("  read:", line[:10])
        yield line


def parse(lines):
    for line in lines:
        parts = line.split(" ", 2)
        if len(parts) < 3:
            print("  skip malformed")
            continue
        yield {"date": parts[0], "level": parts[1], "msg": parts[2]}


def only(levels, records):
    for r in records:
        if r["level"] in levels:
            yield r


def fmt(records):
    for i, r in enumerate(records, 1):
        yield f"{i}. [{r['level']}] {r['date'][5:]} {r['msg']}"


pipeline = fmt(only({"ERROR", "WARN"}, parse(read_lines(LOG))))
print("pipeline built, nothing read yet")
print(next(pipeline))
print("--- rest")
for out in pipeline:
    print(out)


def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


print(list(itertools.islice(primes(), 15)))
print(list(itertools.islice(naturals(), 5, 20, 4)))
squares = (n * n for n in naturals())
print(list(itertools.takewhile(lambda s: s < 60, squares)))
print(next(squares))


def window(iterable, size):
    it = iter(iterable)
    buf = list(itertools.islice(it, size))
    if len(buf) == size:
        yield tuple(buf)
    for x in it:
        buf = buf[1:] + [x]
        yield tuple(buf)


print(list(window(range(6), 3)), list(window([1], 2)))


def running_average(nums):
    total = 0
    for i, n in enumerate(nums, 1):
        total += n
        yield round(total / i, 2)


print(list(running_average([3, 5, 10, 2])))


def batched(iterable, n):
    it = iter(iterable)
    while batch := list(itertools.islice(it, n)):
        yield batch


print(list(batched("abcdefgh", 3)))
print(sum(itertools.islice((x for x in naturals() if x % 7 == 0), 5)))
doubling = lambda: (yield from itertools.accumulate(itertools.repeat(1), lambda a, _: a * 2))
print(list(itertools.islice(doubling(), 8)))
