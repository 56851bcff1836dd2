# match statements: walking a JSON-like tree (dicts, lists, scalars) to serialise, count, query and validate it.
doc = {
    "name": "tiercel",
    "version": [0, 3, 1],
    "stable": False,
    "deps": [{"name": "swift", "min": 5.9}, {"name": "posix", "optional": True}],
    "meta": {"tags": ["python", "runtime"], "score": None},
}

def dump(v, indent=0):
    pad = "  " * indent
    match v:
        case None:
            return "null"
        case bool(b):
            return "true" if b else "false"
        case int() | float():
            return repr(v)
        case str(s):
            return '"' + s.replace('"', '\\"') + '"'
        case []:
            return "[]"
        case [*elems]:
            inner = ",\n".join(pad + "  " + dump(e, indent + 1) for e in elems)
            return "[\n" + inner + "\n" + pad + "]"
        case {}:
            return "{}"
        case {**fields}:
            inner = ",\n".join(f'{pad}  "{k}": {dump(val, indent + 1)}' for k, val in fields.items())
            return "{\n" + inner + "\n" + pad + "}"
        case _:
            raise TypeError(f"cannot serialise {type(v).__name__}")

print(dump(doc))

def count(v, acc):
    match v:
        case dict():
            acc["object"] = acc.get("object", 0) + 1
            for val in v.values():
                count(val, acc)
        case list():
            acc["array"] = acc.get("array", 0) + 1
            for val in v:
                count(val, acc)
        case bool() | None:
            acc["literal"] = acc.get("literal", 0) + 1
        case int() | float():
            acc["number"] = acc.get("number", 0) + 1
        case str():
            acc["string"] = acc.get("string", 0) + 1
    return acc
print(sorted(count(doc, {}).items()))

def names(v):
    match v:
        case {"name": str(n), **rest}:
            return [n] + [x for val in rest.values() for x in names(val)]
        case {**fields}:
            return [x for val in fields.values() for x in names(val)]
        case [*elems]:
            return [x for e in elems for x in names(e)]
        case _:
            return []
print(names(doc))

def validate(dep):
    match dep:
        case {"name": str(), "min": int() | float() as m} if m > 0:
            return "ok (versioned)"
        case {"name": str(), "optional": True}:
            return "ok (optional)"
        case {"name": str()}:
            return "ok (bare)"
        case {"name": other}:
            return f"bad name {other!r}"
        case _:
            return "not a dependency"
for d in doc["deps"] + [{"name": "x", "min": -1}, {"name": 3}, ["name"], {"name": "y", "optional": False}]:
    print(d, "->", validate(d))

try:
    dump({"bad": {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
