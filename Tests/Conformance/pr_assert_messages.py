# assert statements: messages of any type, lazily evaluated message, AssertionError args; ends with an uncaught assert.
def check(cond, *msg):
    try:
        if msg:
            assert cond, msg[0]
        else:
            assert cond
        print("passed")
    except AssertionError as e:
        print("AssertionError", repr(e), e.args, repr(str(e)))


check(True)
check(1 == 1, "never shown")
check(False)
check(0, "zero is falsy")
check([], ["list", "message"])
check("", 42)
check(None, None)
check(False, ("a", "b"))
check({}, {"k": 1})

calls = []


def expensive():
    calls.append("evaluated")
    return "costly message"


assert True, expensive()
print(calls)
try:
    assert False, expensive()
except AssertionError as e:
    print(e, calls)


def validate_age(age):
    assert isinstance(age, int), f"age must be int, got {type(age).__name__}"
    assert 0 <= age <= 150, f"age out of range: {age}"
    return age


for a in [30, -1, "x", 151, 0]:
    try:
        print("valid", validate_age(a))
    except AssertionError as e:
        print("invalid:", e)

try:
    assert (False, "tuple is truthy")
    print("tuple assertion passed")
except AssertionError:
    print("unexpected")


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


def normalize(v):
    assert v.x or v.y, v
    return v


try:
    normalize(Vec(0, 0))
except AssertionError as e:
    print("assert with object:", e, e.args[0].x)
print(normalize(Vec(1, 0)))
total = sum(range(10))
assert total == 45, "sum is wrong"
assert total == 46, f"expected 46, got {total}"
print("unreachable")
