# types module details: type names in messages, str() of a mappingproxy, class
# __dict__ as a read-only mappingproxy, int | int, unions with a GenericAlias.
import types
from types import MappingProxyType, SimpleNamespace

mp = MappingProxyType({"a": 1})
print(type(mp).__name__, str(mp), repr(mp))
for action in ("set", "del"):
    try:
        if action == "set":
            mp["b"] = 2
        else:
            del mp["a"]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    SimpleNamespace().y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    SimpleNamespace(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


class K:
    attr = 5


print(type(K.__dict__).__name__)
try:
    K.__dict__["attr"] = 6
except TypeError as e:
    print(type(e).__name__, e)
print(K.attr)
print(int | int, type(int | int).__name__)
u = int | list[int]
print(u, isinstance(1, u))
try:
    isinstance("s", u)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
