# printf-style formatting of bytes and bytearray (PEP 461).
print(b"%d-%s" % (5, b"x"))
print(b"%05.1f|%x|%c|%c" % (3.14159, 255, 65, b"z"))
print(b"%(name)s=%(n)d" % {b"name": b"key", b"n": 3})
print(bytearray(b"[%s]") % b"in", b"%r" % "s", b"%a" % "\xe9", b"100%%" % ())
try:
    b"%s" % "text"
except TypeError as e:
    print(type(e).__name__, e)
