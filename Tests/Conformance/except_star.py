# ExceptionGroup / BaseExceptionGroup and except*: splitting by type, several clauses,
# nesting, subgroup/split, raising inside except*, re-raised remainder, bad arguments.
def names(eg):
    return [type(e).__name__ if not isinstance(e, BaseExceptionGroup) else names(e)
            for e in eg.exceptions]


eg = ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(str(eg), repr(eg.message), names(eg), type(eg).__name__, eg.args[0])
print(repr(eg), isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
print(str(ExceptionGroup("one", [KeyError("k")])), type(eg.exceptions).__name__)

try:
    raise eg
except* ValueError as g:
    print("ValueError part:", repr(g), names(g), g.message)
except* TypeError as g:
    print("TypeError part:", names(g), [str(e) for e in g.exceptions])

try:
    try:
        raise ExceptionGroup("mixed", [ValueError(1), KeyError(2), OSError(3)])
    except* ValueError:
        print("handled ValueError")
    except* (KeyError, IndexError) as g:
        print("handled lookup", names(g))
except ExceptionGroup as rest:
    print("rest:", str(rest), names(rest))

nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
print(names(nested), str(nested))
try:
    raise nested
except* ValueError as g:
    print("nested values:", names(g), str(g), str(g.exceptions[1]))
except* TypeError as g:
    print("nested types:", names(g), g.exceptions[0].message)

match, rest = nested.split(ValueError)
print(names(match), names(rest), rest.message)
print(names(nested.subgroup(TypeError)), nested.subgroup(KeyError))
print(names(nested.subgroup(lambda e: str(e) in ("a", "b"))), nested.split(Exception)[1])
print(nested.subgroup(ExceptionGroup) is nested, nested.subgroup(BaseException) is nested)

try:
    raise ValueError("bare")
except* ValueError as g:
    print("bare wrapped:", type(g).__name__, repr(g.message), names(g), str(g.exceptions[0]))

try:
    try:
        raise ExceptionGroup("eg", [ValueError("x")])
    except* ValueError:
        raise RuntimeError("from handler")
except ExceptionGroup as e:
    print("raised in handler:", str(e), names(e), type(e.exceptions[0].__context__).__name__)
except RuntimeError as e:
    print("plain:", e, type(e.__context__).__name__, names(e.__context__))

beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, str(beg), isinstance(beg, Exception))
print(type(BaseExceptionGroup("only ok", [ValueError()])).__name__)
for args in [("m", None), ("m", []), ("m", ValueError()), (1, [ValueError()]),
             ("m", [1]), ("m", [KeyboardInterrupt()]), ("m",), ()]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", (ValueError("tuple ok"),)).derive([1])
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(str(eg.derive([KeyError("d")])), names(eg.derive([KeyError("d")])))
try:
    try:
        raise ExceptionGroup("final", [OSError("disk"), ValueError("left")])
    except* OSError as g:
        print("only", names(g))
except* ValueError as g:
    print("outer caught", str(g), names(g))
try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ExceptionGroup:
        print("not reached")
except TypeError as e:
    print(type(e).__name__, e)
