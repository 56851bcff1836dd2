# OSError(errno, strerror[, filename[, winerror, filename2]]) picks the subclass from
# errno, keeps args to (errno, strerror), supports filename2; open() of a directory.
e = OSError(2, "No such file or directory")
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
e = OSError(2, "No such file or directory", "x.txt")
print(type(e).__name__, e.args, str(e), e.filename)
e = OSError(17, "File exists", "a", None, "b")
print(type(e).__name__, str(e), e.filename, e.filename2)
e = OSError(13, "Permission denied")
print(type(e).__name__, isinstance(e, PermissionError))
try:
    open(".")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
