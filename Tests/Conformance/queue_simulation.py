# A round-robin scheduler with generators as tasks.
def task(name, steps):
    for i in range(steps):
        yield f"{name} step {i + 1}/{steps}"
    return f"{name} done"


def scheduler(tasks):
    queue = list(tasks)
    finished = []
    while queue:
        t = queue.pop(0)
        try:
            print(next(t))
        except StopIteration as stop:
            finished.append(stop.value)
        else:
            queue.append(t)
    return finished


print(scheduler([task("A", 2), task("B", 3), task("C", 1)]))


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return average


avg = averager()
next(avg)
for v in [10, 20, 30, 45]:
    print(avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("final", e.value)


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], "ab", range(3))), sum(chain([1], [2, 3])))
