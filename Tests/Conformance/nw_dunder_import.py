# __import__: plain modules, dotted names with and without fromlist, level,
# errors, and identity with the import statement / sys.modules.
import itertools
import sys
import os.path as osp_stmt

m = __import__("math")
print(m.__name__, m.sqrt(16), m is sys.modules["math"])
top = __import__("os.path")
print(top.__name__, top is sys.modules["os"])
sub = __import__("os.path", fromlist=["join"])
print(sub.__name__ == osp_stmt.__name__, sub is osp_stmt, sub.join("a", "b"))
f = __import__("functools", globals(), locals(), ["reduce"], 0)
print(f.reduce(lambda a, b: a * b, [1, 2, 3, 4]))
c = __import__("collections", fromlist=("deque",))
print(type(c.deque()).__name__)
try:
    __import__("nw_no_such_module_xyz")
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("math.nope")
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__(5)
except TypeError as e:
    print(type(e).__name__)


def load(name, attr):
    module = __import__(name, fromlist=[attr])
    return getattr(module, attr)


print(load("math", "pi") > 3, load("itertools", "count").__name__, load("os.path", "join")("x", "y"))
mods = [__import__(n) for n in ("math", "os", "itertools")]
print([mm.__name__ for mm in mods])
print(__import__ is __builtins__.__import__ if hasattr(__builtins__, "__import__") else __builtins__["__import__"] is __import__)
import builtins
print(builtins.__import__ is __import__, callable(__import__))
