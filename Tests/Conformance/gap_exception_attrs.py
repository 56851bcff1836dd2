# Attributes specific to built-in exceptions: StopIteration.value, SystemExit.code, OSError errno/strerror and subclass mapping, ImportError/NameError/AttributeError names.
print(StopIteration().value, StopIteration(1).value, StopIteration(1, 2).value, StopIteration(None).value)
print(SystemExit().code, SystemExit(7).code, SystemExit("msg").code, SystemExit(1, 2).code)
for args in [(2, "No such file"), (13, "Permission denied"), (17, "exists"), ("plain",), (), (2, "x", "fname"), (1, 2, 3, 4, 5, 6)]:
    e = OSError(*args)
    print(type(e).__name__, e.args, str(e), e.errno, e.strerror, e.filename)
e = FileNotFoundError(2, "missing", "data.txt")
print(repr(e), str(e), e.filename, e.filename2, isinstance(e, OSError))
print(str(OSError(1, "a", "f1", None, "f2")), OSError(1, "a", "f1", None, "f2").filename2)
ie = ImportError("cannot import", name="mod", path="/x/mod.py")
print(ie.name, ie.path, ie.msg, ie.args, ImportError("plain").name, ModuleNotFoundError("m", name="z").name)
print(NameError("n").name, NameError("n", name="var").name, AttributeError("a").name, AttributeError("a").obj)
ae = AttributeError("a", name="nm", obj=[1])
print(ae.name, ae.obj, ae.args)
try:
    undefined_thing
except NameError as ne:
    print(ne.name, ne.args)
try:
    [].nope
except AttributeError as ae2:
    print(ae2.name, ae2.obj, ae2.args)
try:
    import no_such_module_xyz
except ModuleNotFoundError as me:
    print(me.name, me.args, me.path)
try:
    open("definitely-missing-file.txt")
except FileNotFoundError as fe:
    print(fe.errno, fe.strerror, fe.filename, fe.args)
try:
    raise SystemExit(4)
except SystemExit as se:
    print("SystemExit", se.code, se.args)
