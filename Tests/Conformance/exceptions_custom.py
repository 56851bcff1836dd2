# User-defined exceptions: hierarchy, attributes, args, str/repr, from.
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key}")
        self.key = key


class Invalid(AppError):
    def __init__(self, field, reason):
        self.field = field
        self.reason = reason

    def __str__(self):
        return f"{self.field}: {self.reason}"


for exc in [NotFound("x"), Invalid("age", "negative"), AppError("plain"), AppError(), AppError(1, 2)]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound", e, e.key, e.args)
    except AppError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
print(issubclass(NotFound, Exception), issubclass(NotFound, LookupError), NotFound.__mro__[1].__name__)
try:
    try:
        {}["k"]
    except KeyError as e:
        raise NotFound("k") from e
except AppError as e:
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
e = ValueError("a", "b")
print(e.args, str(e), repr(e), repr(ValueError("x")), repr(ValueError()))
print(str(KeyError("key")), str(KeyError()), repr(KeyError("key")))
err = RuntimeError("boom")
err.detail = 5
print(err.detail, isinstance(err, Exception), isinstance(err, BaseException))
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)


class NotAnException:
    pass


try:
    raise NotAnException
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        pass
    except 5:
        pass
    raise ValueError("x")
except ValueError as e:
    print("ValueError", e)
try:
    raise ValueError("v") from 3
except TypeError as e:
    print("TypeError:", e)
e = Exception("with note")
e.add_note("first note")
print(e.__notes__)
raise NotFound("config.toml")
