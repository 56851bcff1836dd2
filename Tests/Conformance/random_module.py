# random: CPython's Mersenne Twister sequences for the same seeds.
import random
random.seed(42)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(10)], random.randrange(10), random.randrange(5, 50, 5), random.randrange(-10, -1))
print(random.getrandbits(8), random.getrandbits(32), random.getrandbits(100), random.getrandbits(0))
xs = list(range(10))
random.shuffle(xs)
print(xs, random.choice("abcdef"), random.choice(xs), random.sample(range(100), 5), random.sample(xs, 3))
print(random.uniform(1, 2), random.gauss(0, 1), random.gauss(10, 2), random.gauss(0, 1))
random.seed(2 ** 70 + 12345)
print(random.random(), random.randint(0, 2 ** 64))
random.seed(0)
print(random.random(), random.sample(range(1000), 10))
random.seed(-7)
a = random.random()
random.seed(7)
print(a == random.random())
for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 1), lambda: random.sample([1, 2], 3)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
