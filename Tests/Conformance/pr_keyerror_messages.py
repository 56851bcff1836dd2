# KeyError messages and reprs: string, int, tuple, None and custom keys; dict.pop and set.remove.
class Key:
    def __init__(self, k):
        self.k = k

    def __repr__(self):
        return f"Key<{self.k}>"

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k


d = {"a": 1, 2: "two", (1, 2): "tuple", None: "none", Key(1): "custom"}
for key in ["b", 3, (2, 1), ("x",), (), "", "it's", 'say "hi"', 0.5, Key(9), frozenset([1]), False, "multi\nline"]:
    try:
        d[key]
    except KeyError as e:
        print(f"KeyError str={e} repr={e!r} args={e.args}")
print(d[None], d[Key(1)], d[1, 2])
for op in ["pop", "del", "set.remove", "setdefault-ok", "popitem"]:
    try:
        if op == "pop":
            d.pop("zz")
        elif op == "del":
            del d["zz"]
        elif op == "set.remove":
            {1, 2}.remove(3)
        elif op == "setdefault-ok":
            print("setdefault", d.setdefault("new", 0))
        else:
            {}.popitem()
    except KeyError as e:
        print(op, "->", repr(e), str(e))
print(d.pop("zz", "fallback"), d.get("zz"), d.get("zz", 5))
try:
    raise KeyError("a", "b")
except KeyError as e:
    print(str(e), repr(e))
try:
    raise KeyError
except KeyError as e:
    print(repr(str(e)), repr(e), e.args)
try:
    raise KeyError(KeyError("nested"))
except KeyError as e:
    print(str(e), repr(e))


def lookup(cfg, *path):
    cur = cfg
    for p in path:
        try:
            cur = cur[p]
        except KeyError:
            raise KeyError(f"missing {'/'.join(map(str, path))}") from None
    return cur


cfg = {"db": {"host": "h", "ports": {1: "a"}}}
print(lookup(cfg, "db", "host"), lookup(cfg, "db", "ports", 1))
try:
    lookup(cfg, "db", "ports", 2)
except KeyError as e:
    print(e, e.__cause__, e.__suppress_context__)
