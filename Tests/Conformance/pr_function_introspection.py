# Function introspection: __code__ attributes, __closure__ cells, __annotations__ defaults, __defaults__.
def outer():
    a = 1
    b = "two"

    def inner(x, y=5, *rest, key=None, **kw):
        local_var = x + a
        return local_var, b

    return inner


f = outer()
code = f.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount)
print(code.co_varnames, code.co_freevars)
print(sorted(c.cell_contents for c in f.__closure__ if isinstance(c.cell_contents, int)))
print(f.__defaults__, f.__kwdefaults__)


def plain(a, b):
    pass


print(plain.__annotations__, plain.__code__.co_argcount, plain.__closure__)


def annotated(a: int, b: "str" = "x") -> bool:
    return True


print(annotated.__annotations__)
print((lambda: 0).__code__.co_name, (lambda q: q).__code__.co_varnames)
