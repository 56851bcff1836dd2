# with statement: enter/exit order, exception info passed to __exit__, suppression, multiple managers.
class CM:
    def __init__(self, name, suppress=False, log=None):
        self.name, self.suppress, self.log = name, suppress, log if log is not None else []

    def __enter__(self):
        self.log.append(f"enter {self.name}")
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        self.log.append(f"exit {self.name} {et.__name__ if et else None} {ev}")
        return self.suppress


log = []
with CM("a", log=log) as x, CM("b", log=log) as y:
    log.append(f"body {x} {y}")
print(log)
log = []
try:
    with CM("outer", log=log), CM("inner", suppress=True, log=log):
        raise ValueError("swallowed")
    log.append("after with")
except ValueError:
    log.append("not reached")
print(log)
log = []
try:
    with CM("only", log=log):
        raise KeyError("escapes")
except KeyError as e:
    log.append(f"caught {e}")
print(log)


def early_return():
    log = []
    with CM("r", log=log):
        return log


print(early_return())
log = []
for i in range(3):
    with CM(f"loop{i}", log=log):
        if i == 1:
            continue
        if i == 2:
            break
print(log)


class Raising:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise RuntimeError("from exit")


try:
    with Raising():
        raise ValueError("body")
except RuntimeError as e:
    print("RuntimeError", e, "context:", repr(e.__context__))


class BadEnter:
    def __enter__(self):
        raise OSError("enter failed")

    def __exit__(self, *a):
        print("exit must not run")


try:
    with BadEnter():
        print("body must not run")
except OSError as e:
    print("OSError", e)
for obj in [object(), 5]:
    try:
        with obj:
            pass
    except TypeError as e:
        print("TypeError", e)


class OnlyEnter:
    def __enter__(self):
        return 1


try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError", e)
