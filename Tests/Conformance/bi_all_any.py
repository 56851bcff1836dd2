# all() and any(): truthiness of varied items, short-circuiting, generators, errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

cases = [[], [0], [1], [0, 1], [1, 2, 3], ["", "a"], [None], [[], [1]], [0.0, -0.0], [0.1],
         (), (False,), {0: "a"}, {1: "b", 0: "c"}, set(), {0}, "", "abc", range(0), range(1), range(1, 4)]
for c in cases:
    print(repr(c), all(c), any(c))

seen = []
def probe(v):
    seen.append(v)
    return v
print(all(probe(x) for x in [1, 2, 0, 3, 4]), seen)
seen.clear()
print(any(probe(x) for x in [0, 0, 5, 6]), seen)
seen.clear()
print(all(probe(x) for x in []), any(probe(x) for x in []), seen)

it = iter([1, 0, 7, 8])
print(all(it), list(it))
it = iter([0, 3, 9])
print(any(it), list(it))

class Weird:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v > 2
class Sized:
    def __len__(self):
        return 0
print(all([Weird(3), Weird(5)]), all([Weird(3), Weird(1)]), any([Weird(0), Sized()]), any([Weird(9)]))
print(all(x % 2 == 0 for x in range(0, 10, 2)), any(c.isupper() for c in "hello World"))
print(type(all([])).__name__, type(any([1])).__name__)

show(lambda: all(5))
show(lambda: any(None))
show(lambda: all())
show(lambda: any([1], [2]))

class BadBool:
    def __bool__(self):
        return "yes"
show(lambda: all([BadBool()]))
class Boom:
    def __bool__(self):
        raise ValueError("no truth here")
show(lambda: any([0, Boom()]))
show(lambda: any([1, Boom()]))
