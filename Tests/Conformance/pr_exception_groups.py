# ExceptionGroup (3.11): construction, str/repr, exceptions attribute, split/subgroup, and except* handling.
eg = ExceptionGroup("batch failed", [ValueError("bad 1"), TypeError("bad 2"), ValueError("bad 3")])
print(str(eg), repr(eg))
print(eg.message, eg.exceptions, len(eg.exceptions))
match, rest = eg.split(ValueError)
print(match.exceptions, rest.exceptions)
print(eg.subgroup(TypeError).exceptions, eg.subgroup(KeyError))
print(isinstance(eg, Exception), issubclass(BaseExceptionGroup, BaseException))
try:
    raise eg
except* ValueError as group:
    print("ValueErrors:", [str(e) for e in group.exceptions])
except* TypeError as group:
    print("TypeErrors:", [str(e) for e in group.exceptions])
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
