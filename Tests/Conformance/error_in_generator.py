# An exception inside a generator propagates through the consumer.
def numbers():
    yield 1
    yield 2
    raise ValueError("generator broke")


total = 0
for n in numbers():
    total += n
    print("got", n, total)
