# yield from forwards throw() and close() to the subgenerator: inner handlers and finally blocks run.
def catcher():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("  inner caught", repr(e))
        yield "recovered"
    return "catcher end"


def outer():
    res = yield from catcher()
    yield res


o = outer()
print(next(o), o.throw(KeyError("k")), next(o))
o2 = outer()
next(o2)
try:
    o2.throw(ValueError("not caught"))
except ValueError as e:
    print("outer propagated", e)


def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print("  inner finally on close")


def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("  outer finally on close")


co = closing_outer()
next(co)
co.close()




def sub_counter():
    n = 0
    while True:
        try:
            yield n
        except ValueError:
            n = -100
        n += 1


def wrapper():
    yield from sub_counter()


w = wrapper()
print(next(w), next(w), w.throw(ValueError), next(w))
w.close()
print("closed wrapper")
