# Closures, nonlocal, global, late binding, cells shared between functions.
def make_counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count

    def get():
        return count

    return increment, get


inc, get = make_counter()
inc()
inc()
print(get(), inc(), get())
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda: n for n in range(3)]
print([f() for f in late])


def outer():
    x = "outer"

    def middle():
        def inner():
            return x

        return inner

    return middle()()


print(outer())
total = 0


def add(n):
    global total
    total += n


add(5)
add(7)
print(total)


def shadow():
    total = "local"
    return total


print(shadow(), total)


def unbound():
    print(value)
    value = 1


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def free_unbound():
    def inner():
        return later

    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    later = 1
    return inner()


print(free_unbound())


def param_cell(a, b):
    def show():
        return a + b

    a = a * 10
    return show()


print(param_cell(1, 2))


class Holder:
    value = 5

    def method(self):
        return Holder.value


print(Holder().method())


def deleter():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return str(e)


print(deleter())
