# UnicodeEncodeError/UnicodeDecodeError attributes: encoding, object, start, end, reason.
try:
    "ab€cd€".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
try:
    "x€€€y".encode("latin-1")
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason, str(e))
try:
    b"ok\xe2\x82".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, type(e.object).__name__)
try:
    bytearray(b"\x80").decode("ascii")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, type(e.object).__name__)
print(issubclass(UnicodeDecodeError, UnicodeError), UnicodeDecodeError.__mro__[1].__name__)
