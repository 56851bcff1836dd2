# Function code objects: __code__ attributes used for introspection (names, counts, free and cell variables).
def sample(a, b=1, *args, c, d=2, **kw):
    local = a + b

    def inner():
        return local + c
    return inner


def plain(x, /, y):
    return x + y


code = sample.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount)
print(code.co_varnames[:6], code.co_cellvars, sample(1, c=2).__code__.co_freevars)
print(plain.__code__.co_posonlyargcount, plain.__code__.co_argcount, plain.__code__.co_varnames)
print(type(code).__name__, (lambda: 0).__code__.co_name, code.co_filename.endswith("gap_function_code.py"))
print(sample.__code__.co_firstlineno, plain.__code__.co_firstlineno, bool(code.co_flags & 0x04), bool(code.co_flags & 0x08))


def gen():
    yield 1


print(bool(gen.__code__.co_flags & 0x20), bool(plain.__code__.co_flags & 0x20))
