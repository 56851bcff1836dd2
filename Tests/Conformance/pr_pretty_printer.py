# A hand-written JSON-like serializer and pretty printer: escaping, indentation, key sorting, cycles and errors.
class SerializeError(TypeError):
    pass


ESC = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def quote(s):
    out = []
    for ch in s:
        if ch in ESC:
            out.append(ESC[ch])
        elif ord(ch) < 0x20:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def dumps(obj, indent=None, sort_keys=False, _level=0, _seen=None):
    seen = set() if _seen is None else _seen
    pad = "" if indent is None else "\n" + " " * (indent * (_level + 1))
    end = "" if indent is None else "\n" + " " * (indent * _level)
    sep = ", " if indent is None else ","
    if obj is None:
        return "null"
    if obj is True or obj is False:
        return "true" if obj else "false"
    if isinstance(obj, int):
        return str(obj)
    if isinstance(obj, float):
        if obj != obj or obj in (float("inf"), float("-inf")):
            raise SerializeError(f"cannot serialize {obj!r}")
        return repr(obj)
    if isinstance(obj, str):
        return quote(obj)
    if isinstance(obj, (list, tuple, dict)):
        if id(obj) in seen:
            raise SerializeError("circular reference detected")
        seen.add(id(obj))
        try:
            if isinstance(obj, dict):
                if not obj:
                    return "{}"
                keys = sorted(obj) if sort_keys else list(obj)
                parts = []
                for k in keys:
                    if not isinstance(k, str):
                        raise SerializeError(f"keys must be str, not {type(k).__name__}")
                    parts.append(pad + quote(k) + ": " + dumps(obj[k], indent, sort_keys, _level + 1, seen))
                return "{" + sep.join(parts) + end + "}"
            if not obj:
                return "[]"
            items = [pad + dumps(v, indent, sort_keys, _level + 1, seen) for v in obj]
            return "[" + sep.join(items) + end + "]"
        finally:
            seen.discard(id(obj))
    raise SerializeError(f"Object of type {type(obj).__name__} is not serializable")


doc = {
    "name": "Widget \"Pro\"",
    "tags": ["a", "b\tc", "line\nbreak"],
    "price": 12.5,
    "stock": 0,
    "active": True,
    "parent": None,
    "dims": {"w": 3, "h": 4.25, "empty": {}, "none": []},
    "ratios": (0.1, 1e-07, 2e+21, -0.0),
    "ctrl": "\x01\x1f",
}
print(dumps(doc))
print(dumps(doc, indent=2, sort_keys=True))
print(dumps([[[]]], indent=1), dumps([1, [2, [3]]], indent=0))
shared = [1, 2]
print(dumps({"a": shared, "b": shared}))
loop = [1]
loop.append(loop)
d = {}
d["self"] = d
for bad in [loop, d, {1: "x"}, float("nan"), [set()], {"k": object}, -float("inf")]:
    try:
        dumps(bad)
    except SerializeError as e:
        print("SerializeError:", e, isinstance(e, TypeError))
print(dumps(True), dumps(False), dumps(1), dumps(10 ** 20), dumps(""), dumps("é ü"))
