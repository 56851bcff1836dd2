# Uncaught exception whose __str__ itself fails: CPython reports that str() failed.
class Weird(Exception):
    def __str__(self):
        raise RuntimeError("no str for you")


try:
    raise Weird("x")
except Weird as e:
    print("caught", repr(e), e.args)
raise Weird("payload")
