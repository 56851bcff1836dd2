# Uncaught exception with an empty message: the last line is just the class name.
class Quiet(Exception):
    pass


for exc in [Quiet(), Quiet(""), ValueError(""), KeyError("")]:
    try:
        raise exc
    except Exception as e:
        print(type(e).__name__, repr(str(e)), repr(e))
raise Quiet("")
