# Type names and keyword errors of iterator built-ins.
from itertools import filterfalse, tee

print(type(filterfalse(None, [])).__name__, type(tee([1])[0]).__name__)
try:
    zip([1], strict=True, other=1)
except TypeError as e:
    print(type(e).__name__, e)
