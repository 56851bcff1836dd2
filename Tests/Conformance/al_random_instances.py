# Independent random.Random instances, state save/restore, and the
# weighted / distribution helpers used by simulations.
import random

a = random.Random(7)
b = random.Random(7)
print([a.randint(1, 6) for _ in range(8)] == [b.randint(1, 6) for _ in range(8)])
print([a.randrange(100) for _ in range(5)], round(a.random(), 10))
state = a.getstate()
first = [a.random() for _ in range(3)]
a.setstate(state)
print(first == [a.random() for _ in range(3)])
random.seed(3)
print(random.choices("abc", weights=[5, 1, 1], k=10))
print(random.choices(range(10), k=4), random.choices("xy", cum_weights=[1, 2], k=3))
print(round(random.expovariate(2.0), 8), round(random.triangular(0, 10, 2), 8))
deck = list(range(10))
random.Random(1).shuffle(deck)
print(deck)
try:
    random.choices("ab", weights=[1], k=2)
except ValueError as e:
    print(type(e).__name__, e)
