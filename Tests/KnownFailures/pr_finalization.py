# Finalization when the last reference goes away: generator finally blocks on break/del, and __del__.
def lines(name):
    print(f"  open {name}")
    try:
        for i in range(3):
            yield f"{name}:{i}"
    finally:
        print(f"  close {name}")


for line in lines("a"):
    print(line)
    break
print("after break")

it = lines("b")
print(next(it))
del it
print("after del")

print(next(lines("c")))
print("after temporary")

first = [x for x, _ in zip(lines("d"), range(2))]
print(first)


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"  __del__ {self.name}")


r = Resource("r1")
del r
print("after del r1")
r2 = Resource("r2")
r2 = None
print("after rebinding r2")


def scope():
    local = Resource("local")
    return "returned"


print(scope())
