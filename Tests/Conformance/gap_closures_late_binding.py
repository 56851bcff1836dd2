# Closures: late binding, cells shared between closures, nonlocal counters, cells surviving their frame.
def make_counters():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    def reset():
        nonlocal count
        count = 0

    return inc, get, reset


inc, get, reset = make_counters()
inc(), inc(5)
print(get())
reset()
print(get(), inc(), get())
inc2, get2, _ = make_counters()
inc2(100)
print(get(), get2())


def late():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    i = "changed"
    return [f() for f in fns]


print(late())


def bind_now():
    return [(lambda j: lambda: j)(i) for i in range(3)]


print([f() for f in bind_now()])


def shared_cell():
    x = []

    def add(v):
        x.append(v)

    def rebind():
        nonlocal x
        x = ["fresh"]

    return add, rebind, lambda: x


add, rebind, peek = shared_cell()
add(1)
add(2)
print(peek())
rebind()
add(3)
print(peek())


def deep():
    a = 1

    def level1():
        b = 2

        def level2():
            nonlocal a
            a += 10
            return a + b

        return level2

    return level1(), lambda: a


l2, read_a = deep()
print(l2(), l2(), read_a())
print(make_counters()[0].__closure__ is not None, len(inc.__closure__), type(inc.__closure__[0]).__name__)


def unbound_cell():
    def reader():
        return value
    try:
        reader()
    except NameError as e:
        print("NameError", e)
    value = 5
    return reader()


print(unbound_cell())
