# Errors of `*` and `**` operands: which message depends on the shape of the call or display.
def f(*a, **k):
    return a, k


cases = [
    lambda: f(*5),
    lambda: f(1, *5),
    lambda: f(*[1], *5),
    lambda: print(*5),
    lambda: f(*5, a=1),
    lambda: {*5},
    lambda: (*5,),
    lambda: [1, *5],
    lambda: {**5},
    lambda: f(**{"a": 1}, a=2),
    lambda: f(**{"a": 1}, b=2, **{"b": 3}),
    lambda: f(x=1, **{"y": 2}, z=3, **{"x": 4}),
]
for c in cases:
    try:
        print(c())
    except TypeError as e:
        print("TypeError", e)
print({*[1, 2], 3, *"ab"} == {1, 2, 3, "a", "b"}, f(*range(3), **{"k": 1}, j=2))


class Base:
    def who(self):
        return "base"


def make(tag):
    class Child(Base):
        tag = "class tag"

        def who(self):
            return f"{tag}/{self.tag}/{super().who()}"

    return Child


print(make("outer tag")().who())
