# Class creation hooks: __init_subclass__ (with keywords), __set_name__, __class_getitem__ and class attributes.
registry = []


class Plugin:
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        registry.append(cls.plugin_name)


class Alpha(Plugin):
    pass


class Beta(Plugin, name="b-plugin"):
    pass


class Gamma(Beta):
    pass


print(registry, Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)


class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")

    def __set__(self, obj, value):
        setattr(obj, self.private, value)


class Record:
    title = Field()
    year = Field()


rec = Record()
rec.title = "Dune"
print(Record.title.name, Record.title.owner, Record.year.private, rec.title, rec.year, rec._title)


class Generic:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


print(Generic[int], Generic["x"], Generic[1, 2])


class Strict:
    def __init_subclass__(cls, **kwargs):
        if "required" not in cls.__dict__:
            raise TypeError(f"{cls.__name__} must define 'required'")


class Good(Strict):
    required = True


try:
    class Bad(Strict):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Oops(Alpha, unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)
print(type(Good).__name__, Good.required, Alpha.__mro__[1].__name__, Gamma.__bases__[0].__name__)
try:
    Record[0]
except TypeError as e:
    print("TypeError", e)
