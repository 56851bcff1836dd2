# Built-in exception hierarchy: issubclass/isinstance relations, __mro__, catching via base classes.
names = [
    "ZeroDivisionError", "OverflowError", "ArithmeticError", "KeyError", "IndexError",
    "LookupError", "ValueError", "UnicodeError", "TypeError", "AttributeError", "NameError",
    "UnboundLocalError", "NotImplementedError", "RuntimeError", "RecursionError",
    "FileNotFoundError", "OSError", "StopIteration", "GeneratorExit", "KeyboardInterrupt",
    "SystemExit", "AssertionError", "ImportError", "ModuleNotFoundError", "Exception",
]
table = {
    "ZeroDivisionError": ZeroDivisionError, "OverflowError": OverflowError,
    "ArithmeticError": ArithmeticError, "KeyError": KeyError, "IndexError": IndexError,
    "LookupError": LookupError, "ValueError": ValueError, "UnicodeError": UnicodeError,
    "TypeError": TypeError, "AttributeError": AttributeError, "NameError": NameError,
    "UnboundLocalError": UnboundLocalError, "NotImplementedError": NotImplementedError,
    "RuntimeError": RuntimeError, "RecursionError": RecursionError,
    "FileNotFoundError": FileNotFoundError, "OSError": OSError, "StopIteration": StopIteration,
    "GeneratorExit": GeneratorExit, "KeyboardInterrupt": KeyboardInterrupt,
    "SystemExit": SystemExit, "AssertionError": AssertionError, "ImportError": ImportError,
    "ModuleNotFoundError": ModuleNotFoundError, "Exception": Exception,
}
for n in names:
    cls = table[n]
    print(n, "->", " ".join(k.__name__ for k in cls.__mro__))
print(issubclass(KeyError, Exception), issubclass(SystemExit, Exception), issubclass(GeneratorExit, BaseException))
print(issubclass(bool, int), issubclass(ZeroDivisionError, (KeyError, ArithmeticError)))
print(isinstance(KeyError("x"), LookupError), isinstance(ValueError(), (TypeError, KeyError)))


def classify(exc):
    try:
        raise exc
    except LookupError as e:
        return "lookup:" + type(e).__name__
    except ArithmeticError as e:
        return "arith:" + type(e).__name__
    except (TypeError, ValueError) as e:
        return "type/value:" + type(e).__name__
    except Exception as e:
        return "other:" + type(e).__name__
    except BaseException as e:
        return "base:" + type(e).__name__


for exc in [KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(), UnicodeError(),
            TypeError(), NotImplementedError(), RecursionError(), KeyboardInterrupt(), SystemExit(3),
            FileNotFoundError(), ModuleNotFoundError(), StopIteration(), GeneratorExit()]:
    print(classify(exc))
print(classify(ValueError))
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise object
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        1 / 0
    except "not a class":
        pass
except TypeError as e:
    print("TypeError:", e)
print(BaseException.__subclasses__()[:0], len(Exception.__subclasses__()) > 10)
