# importlib.util.spec_from_file_location + module_from_spec + exec_module (the load-by-path recipe), and io.open_code.
import importlib.util, io, os, sys
path = "/tmp/tiercel_open_code_%d.py" % os.getpid()
with open(path, "w") as f:
    f.write("VALUE = 41 + 1\n")
spec = importlib.util.spec_from_file_location("loaded_by_path", path)
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
print(module.VALUE, module.__name__)
with io.open_code(path) as f:
    print(f.read())
try:
    io.open_code(5)
except TypeError as e:
    print(e)
os.remove(path)
