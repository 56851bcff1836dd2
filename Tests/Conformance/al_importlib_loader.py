# Loading modules by name with importlib.import_module.
import importlib

for name in ["math", "heapq", "collections"]:
    mod = importlib.import_module(name)
    print(name, mod.__name__)
try:
    importlib.import_module("no_such_module_xyz")
except ImportError as e:
    print(type(e).__name__, e)
