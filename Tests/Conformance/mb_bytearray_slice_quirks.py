# bytearray: CPython quirks of slice assignment: empty value on an extended slice deletes, str value error message.
e = bytearray(b"abcdefgh")
e[::2] = b""
print(e)
e[::-1] = bytearray()
print(e, len(e))
lst = [1, 2, 3, 4]
try:
    lst[::2] = []
except ValueError as err:
    print("list differs:", type(err).__name__, err)
f = bytearray(b"abc")
try:
    f[0:1] = "str"
except TypeError as err:
    print(type(err).__name__, err)
try:
    f[::2] = "xy"
except TypeError as err:
    print(type(err).__name__, err)
print(f)
