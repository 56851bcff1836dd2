# Bare object() instances as sentinels: == against them from many types, no __dict__, and rejection of new attributes.
MISSING = object()


def get(d, key, default=MISSING):
    value = d.get(key, MISSING)
    if value is MISSING:
        if default is MISSING:
            raise KeyError(key)
        return default
    return value


print(get({"a": None}, "a"), get({}, "b", 0))
try:
    get({}, "c")
except KeyError as e:
    print("KeyError:", e)
print(MISSING == MISSING, MISSING is not object())
for value in [5, None, "text", [1], (1,), {"k": 1}, len, range(3), ValueError("v"), object()]:
    print(type(value).__name__, value == MISSING, value != MISSING, MISSING == value)
print(hasattr(MISSING, "__dict__"))
try:
    MISSING.label = "missing"
except AttributeError as e:
    print("AttributeError:", e)
