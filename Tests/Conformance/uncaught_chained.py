# An exception raised while handling another: both are reported.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"bad input {text!r}") from e


print(parse("12"))
parse("x")
