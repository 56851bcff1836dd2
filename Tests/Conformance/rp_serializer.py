# A JSON-like serializer with indentation, key sorting, cycle detection and custom object hooks.

class SerializeError(TypeError):
    pass


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def quote(s):
    out = []
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            out.append(f"\\u{ord(ch):04x}" if ord(ch) < 0x10000 else ch)
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def dumps(obj, indent=None, sort_keys=False, default=None):
    active = set()

    def number(x):
        if isinstance(x, bool):
            return "true" if x else "false"
        if isinstance(x, int):
            return str(x)
        if x != x or x in (float("inf"), float("-inf")):
            raise SerializeError(f"out of range float: {x!r}")
        return repr(x)

    def enc(o, level):
        if o is None:
            return "null"
        if isinstance(o, (bool, int, float)):
            return number(o)
        if isinstance(o, str):
            return quote(o)
        if isinstance(o, (list, tuple, dict)):
            if id(o) in active:
                raise SerializeError("circular reference detected")
            active.add(id(o))
            try:
                return container(o, level)
            finally:
                active.discard(id(o))
        if default is not None:
            return enc(default(o), level)
        raise SerializeError(f"Object of type {type(o).__name__} is not serializable")

    def container(o, level):
        if isinstance(o, dict):
            items = sorted(o.items()) if sort_keys else list(o.items())
            parts = []
            for k, v in items:
                if not isinstance(k, (str, int, float, bool)) and k is not None:
                    raise SerializeError(f"keys must be str, not {type(k).__name__}")
                key = k if isinstance(k, str) else enc(k, level)
                parts.append(f"{quote(key)}: {enc(v, level + 1)}" if indent is not None
                             else f"{quote(key)}:{enc(v, level + 1)}")
            open_, close = "{", "}"
        else:
            parts = [enc(v, level + 1) for v in o]
            open_, close = "[", "]"
        if not parts:
            return open_ + close
        if indent is None:
            return open_ + ",".join(parts) + close
        pad, inner = " " * (indent * level), " " * (indent * (level + 1))
        return open_ + "\n" + ",\n".join(inner + p for p in parts) + "\n" + pad + close

    return enc(obj, 0)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def to_plain(o):
    if isinstance(o, Point):
        return {"type": "point", "xy": [o.x, o.y]}
    if isinstance(o, set):
        return sorted(o)
    raise SerializeError(f"cannot encode {type(o).__name__}")


doc = {
    "name": "Tiercel \"test\"",
    "version": (3, 11),
    "ok": True,
    "ratio": 0.1 + 0.2,
    "nothing": None,
    "tags": {"vm", "jit"},
    "where": Point(2, -5),
    "nested": {"empty": [], "map": {}, "text": "tab\there\nnew é ☃"},
    7: "int key",
}
print(dumps(doc, default=to_plain))
print(dumps(doc, indent=2, default=to_plain))
print(dumps({"b": 1, "a": [1, {"z": None, "c": [True, False]}]}, indent=4, sort_keys=True))
print(dumps([1e100, -0.0, 1.5e-7, 2 ** 70, 12.0]))
loop = [1, 2]
loop.append(loop)
shared = [1]
for bad in [{"x": Point(0, 0)}, loop, [float("nan")], {(1, 2): 3}, {"s": b"bytes"}]:
    try:
        print(dumps(bad))
    except SerializeError as e:
        print(f"{type(e).__name__}: {e} (is TypeError: {isinstance(e, TypeError)})")
print(dumps([shared, shared, {"again": shared}]))
