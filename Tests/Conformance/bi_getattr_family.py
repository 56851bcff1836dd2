# getattr/hasattr/setattr/delattr with defaults, dynamic names, properties, __getattr__ and error messages.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Config:
    kind = "base"
    def __init__(self):
        self.host = "localhost"
        self.port = 8080
    @property
    def url(self):
        return f"{self.host}:{self.port}"

c = Config()
print(getattr(c, "host"), getattr(c, "missing", "dflt"), getattr(c, "missing", None), getattr(c, "kind"), getattr(Config, "kind"))
print(hasattr(c, "port"), hasattr(c, "nope"), hasattr(c, "url"), hasattr(Config, "url"), hasattr(c, "__init__"))
for name, value in [("host", "example.org"), ("port", 443), ("debug", True)]:
    setattr(c, name, value)
print(c.url, c.debug, sorted(vars(c)))
delattr(c, "debug")
print(hasattr(c, "debug"), sorted(vars(c)))
show(lambda: delattr(c, "debug"))
show(lambda: getattr(c, "missing"))
show(lambda: getattr(Config, "missing"))
show(lambda: getattr(c, 5))
show(lambda: setattr(c, 5, 1))
show(lambda: hasattr(c, None))
show(lambda: delattr(c, "url"))
show(lambda: setattr(c, "url", "x"))
show(lambda: getattr(5, "real"))
show(lambda: getattr(5, "nope"))
show(lambda: getattr("s", "upper")())
show(lambda: setattr(5, "x", 1))
show(lambda: getattr(None, "x"))
show(lambda: getattr())
show(lambda: getattr(c))

class Dynamic:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(f"no {name}")
d = Dynamic()
print(getattr(d, "get_thing")(), hasattr(d, "get_x"), hasattr(d, "other"), getattr(d, "other", "fallback"))
show(lambda: d.other)

class Strict:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name!r}")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("deleting", name)
        object.__delattr__(self, name)
s = Strict()
setattr(s, "ok", 1)
show(lambda: setattr(s, "_bad", 2))
delattr(s, "ok")
show(lambda: delattr(s, "ok"))

class Raises:
    @property
    def boom(self):
        raise ValueError("boom inside property")
show(lambda: hasattr(Raises(), "boom"))
show(lambda: getattr(Raises(), "boom", "default"))
setattr(Config, "added", staticmethod(lambda: "static!"))
print(c.added(), Config.added())
