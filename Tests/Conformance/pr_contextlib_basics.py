# contextlib.contextmanager and contextlib.suppress: generator-based managers, handled and escaping errors.
import contextlib

with contextlib.suppress(ZeroDivisionError, KeyError):
    print("in suppress")
    1 / 0
print("after contextlib.suppress")


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("handled", e)
    finally:
        print(f"</{name}>")


with tag("p") as t:
    print("inside", t)
with tag("q"):
    raise ValueError("inner problem")
print("after handled")
try:
    with tag("r"):
        raise TypeError("escapes")
except TypeError as e:
    print("escaped:", e)




@contextlib.contextmanager
def collecting():
    items = []
    yield items
    print("collected", items)


with collecting() as bucket:
    bucket.append(1)
    bucket.append(2)


@contextlib.contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
