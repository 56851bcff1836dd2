# __doc__ on classes, functions and methods: docstrings are not inherited by subclasses.
class A:
    """Doc of A."""

    def m(self):
        """Doc of m."""


class B(A):
    pass


class C(B):
    """Doc of C."""

    def m(self):
        pass


def f():
    """Function doc."""
    return 1


def g():
    return 2


print(A.__doc__, B.__doc__, C.__doc__)
print(A.m.__doc__, C.m.__doc__, B.m.__doc__)
print(f.__doc__, g.__doc__)
print(A().__doc__, B().__doc__)
print("__doc__" in B.__dict__, B.__dict__.get("__doc__", "absent"))


class E(ValueError):
    pass


print(E.__doc__)
