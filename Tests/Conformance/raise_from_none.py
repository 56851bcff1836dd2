# raise ... from None suppresses the context.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no {k}") from None


try:
    lookup({}, "x")
except LookupError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
lookup({}, "y")
