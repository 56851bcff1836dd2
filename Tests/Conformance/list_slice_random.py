import random
random.seed(7)
out = []
for trial in range(3000):
    n = random.randrange(0, 9)
    a = list(range(n))
    s = [random.choice([None, random.randrange(-10, 11)]) for _ in range(3)]
    if s[2] == 0: s[2] = None
    sl = slice(*s)
    out.append(a[sl]); out.append(tuple(a)[sl])
    b = a[:]
    k = random.randrange(0, 6)
    src = random.choice([list(range(100, 100 + k)), tuple(range(200, 200 + k)), b, iter(range(300, 300 + k))])
    try:
        b[sl] = src
        out.append(b)
    except Exception as e:
        out.append(type(e).__name__ + str(e))
    c = a[:]
    del c[sl]
    out.append(c)
    d = a[:]
    if n:
        i = random.randrange(-n, n)
        del d[i]; out.append(d)
        d.insert(random.randrange(-12, 12), 'x'); out.append(d)
print(hash(repr(out)) if False else len(repr(out)), repr(out)[-300:])
import hashlib; print(hashlib.md5(repr(out).encode()).hexdigest())
