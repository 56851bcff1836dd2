# Text files: write, read back, iterate lines, context managers, errors.
import sys
path = sys.argv[0] + ".tmp-output.txt"
with open(path, "w") as f:
    f.write("first line\n")
    f.write("second line\n")
    print("third", "line", file=f)
    f.writelines(["fourth\n", "fifth\n"])
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print([line.rstrip() for line in f])
with open(path, "a") as f:
    f.write("appended\n")
f = open(path, "r")
print(repr(f.readline()), repr(f.read(6)), f.readlines())
f.close()
print(f.closed, f.name == path, f.mode)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    open(path + ".missing")
except FileNotFoundError as e:
    print("FileNotFoundError:", str(e).split(":")[0])
try:
    open(path, "q")
except ValueError as e:
    print("ValueError:", e)
with open(path, "w") as f:
    f.write("héllo wörld\n")
with open(path) as f:
    print(f.read(3), len(f.read()))
import math
print("done", math.floor(2.5))
import os
import os.path
print(os.path.exists(path), os.path.isfile(path), os.path.isdir(os.path.dirname(path)), os.path.basename("/a/b/c.txt"))
os.remove(path)
print(os.path.exists(path), os.path.join("a", "b", "/c", "d"), os.path.splitext("x/archive.tar.gz"), os.path.split("/usr/lib/"))
print(os.path.normpath("a//b/../c/./d"), os.sep, "HOME" in os.environ or True, os.getenv("TIERCEL_SURELY_UNSET", "dflt"))
try:
    os.remove(path)
except FileNotFoundError as e:
    print("FileNotFoundError raised")
import time
t0 = time.perf_counter()
print(time.perf_counter() >= t0, type(time.time()).__name__)
