# classmethod and staticmethod: alternate constructors, subclass dispatch, access via class and instance.
class Date:
    days_in_month = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    created = 0

    def __init__(self, y, m, d):
        if not Date.valid(y, m, d):
            raise ValueError(f"invalid date {y}-{m}-{d}")
        self.y, self.m, self.d = y, m, d
        type(self).created += 1

    @classmethod
    def from_string(cls, text):
        y, m, d = (int(p) for p in text.split("-"))
        return cls(y, m, d)

    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    @staticmethod
    def valid(y, m, d):
        if not 1 <= m <= 12:
            return False
        limit = Date.days_in_month[m - 1]
        if m == 2 and Date.is_leap(y):
            limit = 29
        return 1 <= d <= limit

    def __repr__(self):
        return f"{type(self).__name__}({self.y:04d}-{self.m:02d}-{self.d:02d})"


class EuroDate(Date):
    @classmethod
    def from_string(cls, text):
        d, m, y = (int(p) for p in text.split("/"))
        return cls(y, m, d)


print(Date.from_string("2024-02-29"))
print(EuroDate.from_string("31/12/1999"))
print(EuroDate.epoch(), Date.epoch())
print(Date.is_leap(1900), Date.is_leap(2000), Date.is_leap(2023), Date(2000, 1, 1).is_leap(2024))
print(Date.created, EuroDate.created)
for text in ["2023-02-29", "2023-13-01", "2023-04-31", "2024-x-1"]:
    try:
        print(Date.from_string(text))
    except ValueError as e:
        print("ValueError:", e)

d = Date(2020, 5, 17)
print(d.from_string("2021-06-01"))
bound = Date.from_string
print(bound.__self__ is Date, bound.__name__)
print(EuroDate.from_string.__self__ is EuroDate)
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(Date.__dict__["is_leap"].__func__(1600))
print(callable(Date.__dict__["is_leap"]))


class Registry:
    items = []

    @classmethod
    def add(cls, x):
        cls.items = cls.items + [x]
        return cls

    @staticmethod
    def helper(*args, **kw):
        return args, sorted(kw.items())


class SubRegistry(Registry):
    pass


Registry.add(1).add(2)
SubRegistry.add(3)
print(Registry.items, SubRegistry.items)
print(Registry.helper(1, 2, z=3, a=4))
print(SubRegistry().helper())
try:
    Date.from_string()
except TypeError as e:
    print("TypeError:", e)
try:
    Date.is_leap()
except TypeError as e:
    print("TypeError:", e)
