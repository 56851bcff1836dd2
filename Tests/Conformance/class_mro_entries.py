# PEP 560: a base that is not a class supplies classes through
# __mro_entries__, and the class keeps the original bases.
class Alias:
    def __init__(self, *origins):
        self.origins = origins

    def __mro_entries__(self, bases):
        print("entries for", len(bases), "bases")
        return self.origins


class G:
    pass


class H:
    pass


class A(Alias(G)):
    pass


print(A.__mro__, A.__orig_bases__[0].origins)


class B(H, Alias(G, )):
    pass


print(B.__mro__, B.__bases__)


class C(Alias()):
    pass


print(C.__bases__, "__orig_bases__" in C.__dict__, "__orig_bases__" in G.__dict__)


class Bad:
    def __mro_entries__(self, bases):
        return [G]


try:
    class D(Bad()):
        pass
except TypeError as e:
    print(e)
import types
print(types.resolve_bases((Alias(G), H)))
