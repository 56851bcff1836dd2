# __context__ and __cause__, exceptions in finally and except, re-raising.
def risky(n):
    try:
        return 10 // n
    except ZeroDivisionError as e:
        raise ValueError("bad n") from e


try:
    risky(0)
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, e.__context__ is e.__cause__)
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise TypeError("outer")
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
try:
    try:
        raise OSError("first")
    finally:
        print("finally runs")
except OSError as e:
    print("caught", e)


def reraiser():
    try:
        {}["missing"]
    except KeyError:
        print("logging and re-raising")
        raise


try:
    reraiser()
except KeyError as e:
    print("outer caught", repr(e), e.__context__)
errors = []
for exc_type in (ValueError, TypeError, KeyError, IndexError):
    try:
        raise exc_type("boom")
    except (ValueError, TypeError) as e:
        errors.append(("value/type", type(e).__name__))
    except LookupError as e:
        errors.append(("lookup", type(e).__name__))
print(errors)
try:
    raise ValueError("v") from TypeError("t")
except ValueError as e:
    print(repr(e.__cause__))
