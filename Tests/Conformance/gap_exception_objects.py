# Exception objects: args, str/repr forms, custom attributes, add_note/__notes__, __traceback__ and with_traceback.
for exc in [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(), KeyError("a", "b"),
            IndexError(5), StopIteration(42), Exception(None), RuntimeError([1, 2]), ZeroDivisionError("z", None)]:
    print(type(exc).__name__, exc.args, repr(str(exc)), repr(exc))
err = ValueError("base")
err.add_note("first note")
err.add_note("second note")
print(err.__notes__, str(err), err.args)
try:
    err.add_note(5)
except TypeError as t:
    print("TypeError", t)
e2 = RuntimeError("with attrs")
e2.custom = "value"
print(e2.custom, e2.__cause__, e2.__context__, e2.__suppress_context__, e2.__traceback__)
e2.args = ("changed", 1)
print(e2, e2.args)
try:
    raise e2
except RuntimeError as caught:
    print(caught is e2, caught.__traceback__ is not None, type(caught.__traceback__).__name__)
    tb = caught.__traceback__
print(ValueError("x").with_traceback(None).args, ValueError("y").with_traceback(tb).__traceback__ is tb)


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[1]}"


a = AppError(404, "not found")
print(a, repr(a), a.args, a.code)


class NoInit(Exception):
    pass


print(repr(NoInit(1, 2)), str(NoInit("only")), str(NoInit()), repr(NoInit()), BaseException("b").args)
try:
    ValueError.add_note(None, "x")
except TypeError as t:
    print("TypeError", t)
