# __import__ argument validation and ImportError.name/path attributes.
try:
    __import__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__("x", level=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__("nw_no_such_module_xyz")
except ImportError as e:
    print(type(e).__name__, e.name, e.path)
try:
    import nw_missing_mod_two
except ModuleNotFoundError as e:
    print(e.name)
e = ImportError("msg", name="pkg", path="/p")
print(e.name, e.path, e.args)
