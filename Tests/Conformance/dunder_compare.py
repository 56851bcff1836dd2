# Rich comparisons, reflected comparisons, sorting user objects.
class Version:
    def __init__(self, text):
        self.parts = tuple([int(p) for p in text.split(".")])

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __repr__(self):
        return "v" + ".".join([str(p) for p in self.parts])


vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs), min(vs), max(vs))
print(Version("1.0") < Version("1.1"), Version("2.0") > Version("1.9"), Version("1.0") >= Version("1.0"))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.0"))
print(sorted(vs, reverse=True))
try:
    hash(Version("1"))
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


p, q = Plain(), Plain()
print(p == p, p == q, p != q)
try:
    p < q
except TypeError as e:
    print("TypeError:", e)


class Always:
    def __eq__(self, other):
        return True


print(Always() == 3, 3 == Always(), Always() != 3, [Always()].count(5))
print(Always() in [1, 2], 7 in [Always()])


class Weird:
    def __lt__(self, other):
        return "lt result"

    def __gt__(self, other):
        return "gt result"


print(Weird() < 1, 1 < Weird(), Weird() > 1)
records = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(records, key=lambda r: r[1]), sorted(records, key=lambda r: (r[1], r[0])))
