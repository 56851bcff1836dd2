# OSError and SystemExit attributes: errno/strerror/filename, errno-based subclass selection, str(), IOError alias, code.
ose = OSError(2, "No such file")
print(type(ose).__name__, ose.args, str(ose), repr(ose))
print(ose.errno, ose.strerror, ose.filename)
print(OSError("plain").errno, OSError("plain").strerror, str(OSError("plain")))
print(str(OSError(13, "denied")), type(OSError(13, "denied")).__name__)
print(FileNotFoundError(2, "gone", "a.txt"))
print(type(OSError(17, "exists")).__name__, type(OSError(21, "isdir")).__name__)
try:
    open("/nonexistent-dir/file.txt")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
print(IOError is OSError, EnvironmentError is OSError)
print(SystemExit(3).code, SystemExit().code, SystemExit("bye").code, SystemExit(1, 2).code)
try:
    raise SystemExit(5)
except SystemExit as e:
    print("caught exit", e.code, e.args)
try:
    2 ** 10000.0
except OverflowError as e:
    print(e.args, len(e.args))
