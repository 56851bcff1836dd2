# OSError attributes (errno, strerror, filename, args) from open() of missing paths,
# str() of OSErrors, the exception hierarchy, and catching by base class.
ENOENT = 2

try:
    open("definitely_missing_file_nw.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e.errno == ENOENT, isinstance(e, OSError), e.args)
    print(str(e))
    print(repr(e.filename2))

try:
    open("no_such_dir_nw/inner.txt", "r")
except OSError as e:
    print(type(e).__name__, e.errno, e.filename, e.args)

for mode in ("r", "rt"):
    try:
        open("nw_missing_%s.dat" % mode, mode)
    except IOError as e:
        print(mode, type(e).__name__, e.errno, e.filename)

e = OSError("just a message")
print(e.errno, e.strerror, e.filename, e.args, str(e))
e = FileNotFoundError(ENOENT, "gone", "f")
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
e = FileNotFoundError(ENOENT, "gone")
print(e.filename, str(e), e.args)
e = OSError()
print(e.args, e.errno, str(e) == "")
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(FileNotFoundError, OSError), issubclass(IsADirectoryError, OSError))
print(FileExistsError.__mro__[1].__name__, ConnectionResetError.__mro__[1].__name__)


def read_config(path):
    try:
        with open(path) as f:
            return f.read()
    except FileNotFoundError as e:
        return f"missing: {e.filename} (errno {e.errno})"


print(read_config("nw_config_missing.ini"))
try:
    raise FileNotFoundError(ENOENT, "No such file or directory", "manual.txt")
except OSError as e:
    print(e, e.filename)


def first_existing(paths):
    errors = []
    for p in paths:
        try:
            with open(p) as fh:
                return p, errors
        except OSError as e:
            errors.append((type(e).__name__, e.filename, e.errno))
    return None, errors


print(first_existing(["nw_a.cfg", "nw_b.cfg"]))
try:
    try:
        open("nw_missing_inner.txt")
    except FileNotFoundError as inner:
        raise RuntimeError("config load failed") from inner
except RuntimeError as e:
    print(e, "<-", type(e.__cause__).__name__, e.__cause__.filename)
