# match statements: CPython does not bind captures from a pattern that fails part-way (sequence, mapping, class, or).
a = b = c = "unset"
match [1, 2, 3]:
    case [a, b, 4]:
        pass
print("sequence failed at last element:", a, b)

match {"p": 1, "q": 2}:
    case {"p": a, "q": 3}:
        pass
print("mapping failed on second key:", a)

class P:
    __match_args__ = ("u", "v")
    def __init__(self, u, v):
        self.u = u; self.v = v
match P(1, 2):
    case P(a, 5):
        pass
print("class failed on second arg:", a)

match (1, 2):
    case (a, 9) | (9, a):
        pass
print("both alternatives failed:", a)

match [1, [2, 3]]:
    case [a, [b, c, _]]:
        pass
print("nested failed on length:", a, b, c)

match 5:
    case (1 | 2) as c:
        pass
print("as-pattern failed:", c)

match [1, 2]:
    case [*a, 3]:
        pass
print("star failed:", a)

# when a later case succeeds only its captures are bound
match (10, 20):
    case (a, 0):
        pass
    case (_, b):
        pass
print("after second case:", a, b)
