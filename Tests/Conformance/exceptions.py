# try/except/else/finally, raise, re-raise, the hierarchy, exceptions crossing calls.
def divide(a, b):
    return a / b

for b in (2, 0):
    try:
        r = divide(1, b)
    except ZeroDivisionError as e:
        print("caught", e, repr(e))
    else:
        print("no error", r)
    finally:
        print("finally", b)

try:
    [1, 2][5]
except LookupError as e:
    print("lookup:", e)

try:
    raise ValueError("bad value", 42)
except (TypeError, ValueError) as e:
    print("tuple match:", e, repr(e))

def inner():
    try:
        raise KeyError("k")
    except ValueError:
        print("not reached")

try:
    inner()
except KeyError as e:
    print("propagated", repr(e))

try:
    try:
        undefined_thing
    except NameError:
        print("handling")
        raise
except Exception as e:
    print("re-raised:", e)

try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)

count = 0
while True:
    try:
        count += 1
        if count == 3:
            raise RuntimeError
    except RuntimeError:
        print("runtime error at", count)
        break
print(repr(ValueError()), str(ValueError("x")), repr(KeyError("k")))
raise TypeError("unhandled at the end")
