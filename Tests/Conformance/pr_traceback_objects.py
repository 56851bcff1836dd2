# Traceback objects: __traceback__ on caught exceptions, the tb argument of __exit__, tb_lineno and tb_next.
class M:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit tb is None:", tb is None, "same as exc:", tb is v.__traceback__)
        return True


with M():
    1 / 0


def inner():
    raise ValueError("deep")


def outer():
    inner()


try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb is not None)
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print("depth", depth)
    print(e.__traceback__.tb_frame.f_code.co_name)
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)
try:
    raise KeyError("k")
except KeyError as e:
    print(e.__traceback__.tb_lineno)
print(ValueError("fresh").__traceback__)
