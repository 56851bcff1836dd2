# Closures and scoping: late binding in loops, default-arg capture, nonlocal counters, class scope rules, UnboundLocalError.
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])


def make_multipliers():
    out = []
    for k in range(1, 4):
        def mul(x, k=k):
            return x * k
        out.append(mul)
    return out


print([m(10) for m in make_multipliers()])


def counter(start=0):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


inc, get = counter(5)
inc(), inc(10)
print(get(), inc(), get())
inc2, get2 = counter()
print(get2(), get())


def shared_cell():
    x = 1

    def read():
        return x

    x = 2
    return read


print(shared_cell()())


def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 5
    return y


y = "global y"
print(unbound())


def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    z = 1
    return inner()


print(free_unbound())


class Scope:
    value = 10
    doubled = value * 2

    def method(self):
        try:
            return value
        except NameError as e:
            return "NameError: " + str(e)


print(Scope.doubled, Scope().method())


class Scope2:
    items = [1, 2, 3]
    total = sum(x for x in items)


print(Scope2.total)
try:
    class Scope3:
        n = 3
        squares = [i * n for i in range(3)]
except NameError as e:
    print("NameError:", e)


def outer():
    a = 1

    def middle():
        b = 2

        def inner():
            nonlocal a
            a += b
            return a

        return inner

    return middle()


f = outer()
print(f(), f(), len(f.__closure__))
print([c.cell_contents for c in f.__closure__])
gvar = 0


def bump_global():
    global gvar
    gvar += 1
    return gvar


print(bump_global(), bump_global(), gvar)


def nested_global():
    def inner():
        global created_later
        created_later = "made inside"
    inner()


nested_global()
print(created_later)
adders = {name: (lambda n: (lambda x: x + n))(n) for name, n in [("one", 1), ("ten", 10)]}
print(adders["one"](5), adders["ten"](5))
