# __iter__/__next__, StopIteration, iter()/next(), __getitem__ iteration.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(5)))
for n in Countdown(3):
    print("tick", n)
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")


class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


print(list(Squares(6)), 16 in Squares(5), 17 in Squares(5))
a, b, c = Squares(3)
print(a, b, c)


class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __iter__(self):
        return iter([self.a, self.b])


x, y = Pair("left", "right")
print(x, y, dict([Pair("k", "v"), Pair("k2", "v2")]))
print(sorted(Pair(3, 1)), sum(Pair(10, 20)), max(Pair(4, 9)), tuple(Pair(1, 2)))
print([p * 2 for p in Pair(5, 6)], "-".join(Pair("a", "b")))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)


class BadIter:
    def __iter__(self):
        return 42


try:
    for _ in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = Pair(1, 2), 3, 4
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = Pair(1, 2)
except ValueError as e:
    print("ValueError:", e)
