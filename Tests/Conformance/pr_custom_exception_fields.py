# Custom exception classes: extra fields, custom __str__, super().__init__ args, hierarchies and catching order.
class AppError(Exception):
    """Base for application errors."""


class ValidationError(AppError):
    def __init__(self, field, problem, value=None):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
        self.value = value


class NotFound(AppError):
    def __init__(self, kind, key):
        self.kind = kind
        self.key = key
        super().__init__(kind, key)

    def __str__(self):
        return f"{self.kind} {self.key!r} not found"


class RetryableError(AppError):
    def __init__(self, msg, attempts=3):
        super().__init__(msg)
        self.attempts = attempts


class Timeout(RetryableError):
    pass


class NoArgs(AppError):
    def __init__(self):
        pass


e = ValidationError("age", "must be positive", -3)
print(e, repr(e), e.args, e.field, e.problem, e.value)
nf = NotFound("user", "bob")
print(nf, repr(nf), nf.args)
t = Timeout("slow", attempts=5)
print(t, repr(t), t.attempts, isinstance(t, RetryableError), isinstance(t, AppError))
na = NoArgs()
print(repr(str(na)), repr(na), na.args)
print(AppError.__doc__)
print([k.__name__ for k in Timeout.__mro__])


def process(item):
    if item == "bad":
        raise ValidationError("item", "is bad", item)
    if item == "gone":
        raise NotFound("item", item)
    if item == "slow":
        raise Timeout("took too long")
    if item == "odd":
        raise NoArgs()
    return item.upper()


for item in ["ok", "bad", "gone", "slow", "odd"]:
    try:
        result = process(item)
    except ValidationError as e:
        print("validation", e.field, e.value)
    except NotFound as e:
        print("not found", e.key)
    except RetryableError as e:
        print("retry", type(e).__name__, e.attempts, e)
    except AppError as e:
        print("app error", type(e).__name__)
    else:
        print("ok", result)

errors = []
for item in ["bad", "gone", "x"]:
    try:
        process(item)
    except AppError as e:
        errors.append(e)
print([str(e) for e in errors])


class WithDefaultMsg(Exception):
    def __init__(self, msg="default message", *, code=0):
        super().__init__(msg)
        self.code = code


print(WithDefaultMsg(), repr(WithDefaultMsg(code=4)), WithDefaultMsg(code=4).code, WithDefaultMsg("m").args)
try:
    raise WithDefaultMsg(code=7)
except Exception as e:
    print(type(e).__name__, e, e.code)
try:
    raise ValidationError("name")
except TypeError as e:
    print("TypeError:", e)
err = ValidationError("f", "p")
err.extra = "attached"
print(err.extra, err.__dict__["field"], sorted(err.__dict__))
raise NotFound("order", 42)
