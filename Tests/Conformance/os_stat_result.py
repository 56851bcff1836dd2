# os.stat / lstat / fstat and os.stat_result: ten tuple items, float and ns times as attributes, errors as CPython.
import os
import stat

s = os.stat(".")
print(type(s).__name__, type(s).__module__, len(s), s.st_mode == s[0], stat.S_ISDIR(s.st_mode))
print(isinstance(s.st_mtime, float), isinstance(s[8], int), s.st_mtime_ns // 10**9 == s[8], s.st_size == s[6])
print(os.lstat(".").st_ino == s.st_ino, s.n_sequence_fields, s.n_fields)
with open(__file__, "rb") as f:
    print(os.fstat(f.fileno()).st_size == os.stat(__file__).st_size, stat.S_ISREG(os.fstat(f.fileno()).st_mode))
for bad in ["/nonexistent-dir/x", ""]:
    try:
        os.stat(bad)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.filename == bad)
try:
    os.stat(None)
except TypeError as e:
    print("TypeError", e)
