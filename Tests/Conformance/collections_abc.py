# collections.abc: isinstance/issubclass of built-ins against the ABCs, Mapping and
# Sequence subclasses getting mixin methods, structural Iterable/Callable/Hashable checks.
import collections.abc
from collections.abc import (Callable, Collection, Container, Hashable, Iterable, Iterator,
                             Mapping, MutableMapping, MutableSequence, MutableSet, Sequence,
                             Set, Sized, Generator, Reversible)

samples = [("list", [1]), ("tuple", (1,)), ("str", "s"), ("bytes", b"b"), ("dict", {}),
           ("set", set()), ("frozenset", frozenset()), ("range", range(2)), ("int", 1)]
abcs = [Iterable, Sized, Container, Collection, Sequence, MutableSequence, Mapping,
        MutableMapping, Set, MutableSet, Hashable, Reversible]
print("abc".ljust(16), " ".join(name[:5].rjust(5) for name, _ in samples))
for abc in abcs:
    print(abc.__name__.ljust(16), " ".join(str(isinstance(v, abc))[0].rjust(5) for _, v in samples))
print(isinstance(iter([]), Iterator), isinstance([], Iterator), isinstance(len, Callable))
print(isinstance((x for x in ()), Generator), issubclass(dict, collections.abc.Mapping))
print(isinstance({}.keys(), Set), isinstance({}.values(), Set), isinstance({}.items(), Set))
print(collections.abc.Sequence is Sequence, Mapping.__module__, sorted(Mapping.__abstractmethods__))


class Config(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, key):
        return self._d[key]

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d)


c = Config(host="local", port=80)
print(len(c), list(c.keys()), list(c.items()), list(c.values()), c.get("port"), c.get("x", 0))
print("host" in c, "nope" in c, c == {"host": "local", "port": 80}, c != {"host": 1})
print(isinstance(c, Mapping), isinstance(c, MutableMapping), isinstance(c, dict), dict(c))
print(type(c.keys()).__name__, c.keys() & {"port", "zz"}, ("port", 80) in c.items(), ("port", 81) in c.items())
try:
    c["missing"]
except KeyError as e:
    print(type(e).__name__, e)


class Incomplete(Mapping):
    def __getitem__(self, key):
        return key


try:
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)


class Squares(Sequence):
    def __getitem__(self, i):
        if not 0 <= i < 5:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return 5


sq = Squares()
print(list(sq), 9 in sq, 10 in sq, sq.index(16), sq.count(4), list(reversed(sq)))
try:
    sq.index(7)
except ValueError as e:
    print(type(e).__name__, e.args)


class Walk:
    def __iter__(self):
        return iter("ab")


class Caller:
    def __call__(self):
        return "called"


class NoHash:
    __hash__ = None


print(isinstance(Walk(), Iterable), issubclass(Walk, Iterable), isinstance(Walk(), Sized))
print(isinstance(Caller(), Callable), callable(Caller()), isinstance(Walk(), Callable))
print(isinstance(NoHash(), Hashable), isinstance(Walk(), Hashable), isinstance([], Hashable))
Sequence.register(Walk)
print(isinstance(Walk(), Sequence), issubclass(Walk, Reversible), Walk.__mro__[-1].__name__)
