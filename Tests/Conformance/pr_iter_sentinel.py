# iter(callable, sentinel): reading until a sentinel value, with closures, bound methods and exhaustion.
data = [5, 3, 0, 7]
pos = [0]


def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v


print(list(iter(reader, 0)))
print(pos)

lines = ["alpha", "beta", "", "gamma"]
feed = iter(lines)
print([ln.upper() for ln in iter(lambda: next(feed), "")])
print(next(feed))

stack = [1, 2, 3, None, 4]
print(list(iter(stack.pop, 2)))
print(stack)

counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


it = iter(tick, 4)
print(next(it), next(it), next(it))
print(next(it, "finished"), next(it, "still finished"), counter)
print(iter(it) is it)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
for x in iter(lambda: "x", "x"):
    print("never")
print("done")
