# Less common object hooks: function.__get__, metaclass __getitem__ for class subscription, custom __dir__.
def plain(self, extra=""):
    return "plain " + type(self).__name__ + extra


class Holder:
    pass


h = Holder()
bm = plain.__get__(h, Holder)
print(bm(), bm("!"), bm.__self__ is h, bm.__func__ is plain)
print(plain.__get__(None, Holder) is plain)


class Meta(type):
    def __getitem__(cls, i):
        return cls.items[i]


class Colors(metaclass=Meta):
    items = ["red", "green", "blue"]


print(Colors[1], Colors[-1], Colors[0:2])


class Record:
    def __init__(self, **fields):
        self._fields = fields

    def __dir__(self):
        return sorted(self._fields)


print(dir(Record(b=1, a=2)))
