# bytes: constructing from objects with __bytes__ (and the error when it returns a non-bytes), and bytes(str) vs __bytes__.
class WithBytes:
    def __bytes__(self):
        return b"custom!"
class BadBytes:
    def __bytes__(self):
        return "not bytes"
class Both:
    def __bytes__(self):
        return b"from __bytes__"
    def __iter__(self):
        return iter([1, 2])
print(bytes(WithBytes()), bytes(Both()), bytearray(Both()))
try:
    bytes(BadBytes())
except TypeError as e:
    print(type(e).__name__, e)
