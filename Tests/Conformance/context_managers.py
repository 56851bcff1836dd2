# with statements: __enter__/__exit__, suppression, exits through return/break.
class Tracker:
    log = []

    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        Tracker.log.append(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        Tracker.log.append(f"exit {self.name} {exc_type.__name__ if exc_type else None}")
        return self.suppress


with Tracker("a") as t:
    Tracker.log.append(f"body {t.name}")
with Tracker("outer"), Tracker("inner"):
    Tracker.log.append("both")
with Tracker("quiet", suppress=True):
    raise ValueError("swallowed")
try:
    with Tracker("loud"):
        raise KeyError("k")
except KeyError as e:
    Tracker.log.append(f"caught {e!r}")


def early():
    with Tracker("ret"):
        return "returned"


Tracker.log.append(early())
for i in range(3):
    with Tracker(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        Tracker.log.append("loop body")
print("\n".join(Tracker.log))


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
