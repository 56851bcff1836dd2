# __getattr__, __getattribute__, __setattr__, __delattr__, __dict__.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        self.log.append(f"get {name}")
        return getattr(self.target, name)

    def __setattr__(self, name, value):
        self.log.append(f"set {name}")
        setattr(self.target, name, value)

    def __delattr__(self, name):
        self.log.append(f"del {name}")
        delattr(self.target, name)


class Target:
    pass


t = Target()
p = Proxy(t)
p.color = "red"
print(p.color, t.color)
del p.color
print(hasattr(t, "color"), p.log)
try:
    p.nothing
except AttributeError as e:
    print("AttributeError:", e)


class Upper:
    def __getattribute__(self, name):
        if name.startswith("shout_"):
            return name[6:].upper()
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"fallback {name}"

    def real(self):
        return "real method"


u = Upper()
print(u.shout_hello, u.real(), u.other)


class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")


f = Frozen(3)
print(f.x)
try:
    f.x = 4
except AttributeError as e:
    print("AttributeError:", e)


class Plain:
    def __init__(self):
        self.a = 1
        self.b = 2


obj = Plain()
d = obj.__dict__
d["c"] = 3
print(obj.c, sorted(vars(obj)))
obj.d = 4
print(sorted(obj.__dict__.items()))
del obj.a
print(sorted(vars(obj)), getattr(obj, "a", None))
try:
    setattr(obj, 5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    int.x = 1
except TypeError as e:
    print("TypeError:", e)
try:
    (5).y = 1
except AttributeError as e:
    print("AttributeError:", e)
