# Registry decorators: command registration with aliases and duplicate
# detection, a plugin registry via __init_subclass__, decorator factories
# with arguments, stacked decorators and their application order.

COMMANDS = {}


class RegistryError(Exception):
    pass


def command(name=None, *, aliases=()):
    def deco(fn):
        for key in (name or fn.__name__,) + tuple(aliases):
            if key in COMMANDS:
                raise RegistryError("duplicate command %r (already %s)" % (key, COMMANDS[key].__name__))
            COMMANDS[key] = fn
        fn.aliases = tuple(aliases)
        return fn
    return deco


@command(aliases=("h", "?"))
def help_(*args):
    return "commands: " + ", ".join(sorted(COMMANDS))


@command("add")
def add_numbers(*args):
    return sum(int(a) for a in args)


@command(aliases=("rev",))
def reverse(*args):
    return " ".join(reversed(args))


def dispatch(line):
    name, *args = line.split()
    try:
        fn = COMMANDS[name]
    except KeyError:
        return "unknown command %r" % name
    try:
        return fn(*args)
    except ValueError as e:
        return "error in %s: %s" % (name, e)


for line in ["help_", "h", "add 1 2 39", "rev a b c", "reverse x", "nope 1", "add 1 two"]:
    print("%-12s -> %s" % (line, dispatch(line)))
print(sorted(COMMANDS), reverse.aliases, COMMANDS["?"] is help_)
try:
    @command("rev")
    def another():
        pass
except RegistryError as e:
    print(type(e).__name__, e)


class Shape:
    registry = {}

    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[kind or cls.__name__.lower()] = cls

    @classmethod
    def create(cls, kind, *args):
        return cls.registry[kind](*args)


class Circle(Shape, kind="circle"):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


print(sorted(Shape.registry), ["%.3f" % Shape.create(k, *a).area() for k, a in [("circle", (2,)), ("rect", (3, 4))]])
try:
    Shape.create("hexagon", 1)
except KeyError as e:
    print(type(e).__name__, e)

order = []


def tag(label):
    def deco(fn):
        order.append("decorate " + label)

        def inner(*a):
            order.append("enter " + label)
            return "<%s>%s</%s>" % (label, fn(*a), label)
        return inner
    return deco


@tag("b")
@tag("i")
def text(s):
    return s


print(text("hi"), order)
