# An uncaught exception group: wide (17 members, chained causes, a note), deep (12 levels) and mixed members.
import sys
def leaf(i):
    try:
        raise KeyError(i)
    except KeyError as e:
        raise ValueError(f"v{i}") from e
excs = []
for i in range(17):
    try:
        leaf(i)
    except ValueError as e:
        excs.append(e)
g = ExceptionGroup("wide", excs)
g.add_note("a note")
def deep(n):
    if n == 0:
        return ValueError("bottom")
    return ExceptionGroup(f"level{n}", [deep(n - 1)])
try:
    raise deep(12)
except ExceptionGroup as d:
    dd = d
try:
    raise g
except ExceptionGroup as e:
    raise ExceptionGroup("top", [e, dd, TypeError("t")])
