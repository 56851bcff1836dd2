# try/finally with return, break, continue and exceptions in between.
log = []


def f(x):
    try:
        if x == 0:
            return "zero"
        if x == 1:
            raise ValueError("one")
        log.append("body done")
    finally:
        log.append(f"finally {x}")
    return "end"


print(f(0), f(2))
try:
    f(1)
except ValueError as e:
    print("caught", e)
print(log)


def override():
    try:
        return "try"
    finally:
        return "finally"


print(override())


def swallow():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            break
    return i


print(swallow())


def nested():
    out = []
    for i in range(4):
        try:
            try:
                if i == 1:
                    continue
                if i == 3:
                    break
                out.append(f"inner {i}")
            finally:
                out.append(f"inner finally {i}")
        finally:
            out.append(f"outer finally {i}")
    return out


print(nested())


def value_fixed():
    x = 1
    try:
        return x
    finally:
        x = 2


print(value_fixed())


def except_finally(n):
    try:
        try:
            return 10 // n
        except ZeroDivisionError:
            return "div by zero"
        finally:
            print("inner finally", n)
    finally:
        print("outer finally", n)


print(except_finally(2), except_finally(0))


def raise_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("replacement")


try:
    raise_in_finally()
except TypeError as e:
    print("TypeError:", e, type(e.__context__).__name__ if e.__context__ else None)
count = 0
while True:
    try:
        count += 1
        if count > 3:
            break
    finally:
        print("loop finally", count)
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
