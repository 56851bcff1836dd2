# importlib.import_module/find_spec/reload over tiercel's import (sys.meta_path finder), module subclasses, and errno.
import importlib, importlib.util, sys, os, types
root = "/tmp/tiercel_importlib_%d" % os.getpid()
os.mkdir(root)
os.mkdir(os.path.join(root, "plug"))
with open(os.path.join(root, "plug", "__init__.py"), "w") as f:
    f.write("NAME = 'plug'\n")
with open(os.path.join(root, "plug", "alpha.py"), "w") as f:
    f.write("VALUE = 1\n")
sys.path.insert(0, root)
m = importlib.import_module("plug.alpha")
print(m.VALUE, m.__name__, m.__package__, sys.modules["plug"].NAME)
print(importlib.import_module(".alpha", "plug") is m)
spec = importlib.util.find_spec("plug.alpha")
print(spec.name, spec.origin.endswith("alpha.py"), spec.submodule_search_locations, importlib.util.find_spec("nope_xyz"))
print(importlib.util.find_spec("math") is not None, importlib.util.find_spec("plug").submodule_search_locations == [os.path.join(root, "plug")])
with open(os.path.join(root, "plug", "alpha.py"), "w") as f:
    f.write("VALUE = 2\n")
print(importlib.reload(m).VALUE, m.VALUE)
try:
    importlib.import_module("plug.missing")
except ModuleNotFoundError as e:
    print(e, e.name)
class Lazy(types.ModuleType):
    def describe(self):
        return "module " + self.__name__
lazy = Lazy("lazy", "a doc")
print(lazy.describe(), lazy.__doc__, isinstance(lazy, types.ModuleType), type(lazy).__name__)
try:
    types.ModuleType()
except TypeError as e:
    print(e)
for name in ("alpha.py", "__init__.py"):
    os.remove(os.path.join(root, "plug", name))
os.rmdir(os.path.join(root, "plug"))
os.rmdir(root)
import errno
print(errno.ENOENT, errno.errorcode[errno.EAGAIN], errno.EWOULDBLOCK == errno.EAGAIN)
