/// collections.UserDict, UserList and UserString: wrappers over a `data`
/// attribute, for classes that subclass them instead of the built-ins.
/// Written in Python over collections.abc, as CPython's are.
enum UserCollections {
    static let pythonPart = """
    from collections.abc import MutableMapping as _MutableMapping, MutableSequence as _MutableSequence, Sequence as _Sequence
    import sys as _sys

    class UserDict(_MutableMapping):
        def __init__(self, dict=None, /, **kwargs):
            self.data = {}
            if dict is not None:
                self.update(dict)
            if kwargs:
                self.update(kwargs)
        def __len__(self):
            return len(self.data)
        def __getitem__(self, key):
            if key in self.data:
                return self.data[key]
            if hasattr(self.__class__, "__missing__"):
                return self.__class__.__missing__(self, key)
            raise KeyError(key)
        def __setitem__(self, key, item):
            self.data[key] = item
        def __delitem__(self, key):
            del self.data[key]
        def __iter__(self):
            return iter(self.data)
        def __contains__(self, key):
            return key in self.data
        def get(self, key, default=None):
            if key in self:
                return self[key]
            return default
        def __repr__(self):
            return repr(self.data)
        def __or__(self, other):
            if isinstance(other, UserDict):
                return self.__class__(self.data | other.data)
            if isinstance(other, dict):
                return self.__class__(self.data | other)
            return NotImplemented
        def __ror__(self, other):
            if isinstance(other, UserDict):
                return self.__class__(other.data | self.data)
            if isinstance(other, dict):
                return self.__class__(other | self.data)
            return NotImplemented
        def __ior__(self, other):
            self.data |= other.data if isinstance(other, UserDict) else other
            return self
        def __copy__(self):
            copied = self.__class__.__new__(self.__class__)
            copied.__dict__.update(self.__dict__)
            copied.__dict__["data"] = self.__dict__["data"].copy()
            return copied
        def copy(self):
            if self.__class__ is UserDict:
                return UserDict(self.data.copy())
            import copy
            data = self.data
            try:
                self.data = {}
                c = copy.copy(self)
            finally:
                self.data = data
            c.update(self)
            return c
        @classmethod
        def fromkeys(cls, iterable, value=None):
            d = cls()
            for key in iterable:
                d[key] = value
            return d

    class UserList(_MutableSequence):
        def __init__(self, initlist=None):
            self.data = []
            if initlist is not None:
                if type(initlist) == type(self.data):
                    self.data[:] = initlist
                elif isinstance(initlist, UserList):
                    self.data[:] = initlist.data[:]
                else:
                    self.data = list(initlist)
        def __repr__(self):
            return repr(self.data)
        def _unwrap(self, other):
            return other.data if isinstance(other, UserList) else other
        def __lt__(self, other):
            return self.data < self._unwrap(other)
        def __le__(self, other):
            return self.data <= self._unwrap(other)
        def __eq__(self, other):
            return self.data == self._unwrap(other)
        def __gt__(self, other):
            return self.data > self._unwrap(other)
        def __ge__(self, other):
            return self.data >= self._unwrap(other)
        def __contains__(self, item):
            return item in self.data
        def __len__(self):
            return len(self.data)
        def __getitem__(self, i):
            if isinstance(i, slice):
                return self.__class__(self.data[i])
            return self.data[i]
        def __setitem__(self, i, item):
            self.data[i] = item
        def __delitem__(self, i):
            del self.data[i]
        def __add__(self, other):
            if isinstance(other, UserList):
                return self.__class__(self.data + other.data)
            if isinstance(other, type(self.data)):
                return self.__class__(self.data + other)
            return self.__class__(self.data + list(other))
        def __radd__(self, other):
            if isinstance(other, UserList):
                return self.__class__(other.data + self.data)
            if isinstance(other, type(self.data)):
                return self.__class__(other + self.data)
            return self.__class__(list(other) + self.data)
        def __iadd__(self, other):
            if isinstance(other, UserList):
                self.data += other.data
            elif isinstance(other, type(self.data)):
                self.data += other
            else:
                self.data += list(other)
            return self
        def __mul__(self, n):
            return self.__class__(self.data * n)
        __rmul__ = __mul__
        def __imul__(self, n):
            self.data *= n
            return self
        def __copy__(self):
            copied = self.__class__.__new__(self.__class__)
            copied.__dict__.update(self.__dict__)
            copied.__dict__["data"] = self.__dict__["data"][:]
            return copied
        def append(self, item):
            self.data.append(item)
        def insert(self, i, item):
            self.data.insert(i, item)
        def pop(self, i=-1):
            return self.data.pop(i)
        def remove(self, item):
            self.data.remove(item)
        def clear(self):
            self.data.clear()
        def copy(self):
            return self.__class__(self)
        def count(self, item):
            return self.data.count(item)
        def index(self, item, *args):
            return self.data.index(item, *args)
        def reverse(self):
            self.data.reverse()
        def sort(self, /, *args, **kwds):
            self.data.sort(*args, **kwds)
        def extend(self, other):
            if isinstance(other, UserList):
                self.data.extend(other.data)
            else:
                self.data.extend(other)

    class UserString(_Sequence):
        def __init__(self, seq):
            if isinstance(seq, str):
                self.data = seq
            elif isinstance(seq, UserString):
                self.data = seq.data[:]
            else:
                self.data = str(seq)
        def __str__(self):
            return str(self.data)
        def __repr__(self):
            return repr(self.data)
        def __int__(self):
            return int(self.data)
        def __float__(self):
            return float(self.data)
        def __complex__(self):
            return complex(self.data)
        def __hash__(self):
            return hash(self.data)
        def __getnewargs__(self):
            return (self.data[:],)
        def _unwrap(self, other):
            return other.data if isinstance(other, UserString) else other
        def __eq__(self, string):
            return self.data == self._unwrap(string)
        def __lt__(self, string):
            return self.data < self._unwrap(string)
        def __le__(self, string):
            return self.data <= self._unwrap(string)
        def __gt__(self, string):
            return self.data > self._unwrap(string)
        def __ge__(self, string):
            return self.data >= self._unwrap(string)
        def __contains__(self, char):
            return self._unwrap(char) in self.data
        def __len__(self):
            return len(self.data)
        def __getitem__(self, index):
            return self.__class__(self.data[index])
        def __add__(self, other):
            if isinstance(other, UserString):
                return self.__class__(self.data + other.data)
            if isinstance(other, str):
                return self.__class__(self.data + other)
            return self.__class__(self.data + str(other))
        def __radd__(self, other):
            if isinstance(other, str):
                return self.__class__(other + self.data)
            return self.__class__(str(other) + self.data)
        def __mul__(self, n):
            return self.__class__(self.data * n)
        __rmul__ = __mul__
        def __mod__(self, args):
            return self.__class__(self.data % args)
        def __rmod__(self, template):
            return self.__class__(str(template) % self)
        def capitalize(self):
            return self.__class__(self.data.capitalize())
        def casefold(self):
            return self.__class__(self.data.casefold())
        def center(self, width, *args):
            return self.__class__(self.data.center(width, *args))
        def count(self, sub, start=0, end=_sys.maxsize):
            return self.data.count(self._unwrap(sub), start, end)
        def removeprefix(self, prefix, /):
            return self.__class__(self.data.removeprefix(self._unwrap(prefix)))
        def removesuffix(self, suffix, /):
            return self.__class__(self.data.removesuffix(self._unwrap(suffix)))
        def encode(self, encoding='utf-8', errors='strict'):
            return self.data.encode(encoding or 'utf-8', errors or 'strict')
        def endswith(self, suffix, start=0, end=_sys.maxsize):
            return self.data.endswith(suffix, start, end)
        def expandtabs(self, tabsize=8):
            return self.__class__(self.data.expandtabs(tabsize))
        def find(self, sub, start=0, end=_sys.maxsize):
            return self.data.find(self._unwrap(sub), start, end)
        def format(self, /, *args, **kwds):
            return self.data.format(*args, **kwds)
        def format_map(self, mapping):
            return self.data.format_map(mapping)
        def index(self, sub, start=0, end=_sys.maxsize):
            return self.data.index(self._unwrap(sub), start, end)
        def join(self, seq):
            return self.data.join(seq)
        def ljust(self, width, *args):
            return self.__class__(self.data.ljust(width, *args))
        def lower(self):
            return self.__class__(self.data.lower())
        def lstrip(self, chars=None):
            return self.__class__(self.data.lstrip(chars))
        maketrans = str.maketrans
        def partition(self, sep):
            return self.data.partition(sep)
        def replace(self, old, new, maxsplit=-1):
            return self.__class__(self.data.replace(self._unwrap(old), self._unwrap(new), maxsplit))
        def rfind(self, sub, start=0, end=_sys.maxsize):
            return self.data.rfind(self._unwrap(sub), start, end)
        def rindex(self, sub, start=0, end=_sys.maxsize):
            return self.data.rindex(sub, start, end)
        def rjust(self, width, *args):
            return self.__class__(self.data.rjust(width, *args))
        def rpartition(self, sep):
            return self.data.rpartition(sep)
        def rstrip(self, chars=None):
            return self.__class__(self.data.rstrip(chars))
        def split(self, sep=None, maxsplit=-1):
            return self.data.split(sep, maxsplit)
        def rsplit(self, sep=None, maxsplit=-1):
            return self.data.rsplit(sep, maxsplit)
        def splitlines(self, keepends=False):
            return self.data.splitlines(keepends)
        def startswith(self, prefix, start=0, end=_sys.maxsize):
            return self.data.startswith(prefix, start, end)
        def strip(self, chars=None):
            return self.__class__(self.data.strip(chars))
        def swapcase(self):
            return self.__class__(self.data.swapcase())
        def title(self):
            return self.__class__(self.data.title())
        def translate(self, *args):
            return self.__class__(self.data.translate(*args))
        def upper(self):
            return self.__class__(self.data.upper())
        def zfill(self, width):
            return self.__class__(self.data.zfill(width))

    for _name in ("isalpha", "isalnum", "isascii", "isdecimal", "isdigit", "isidentifier", "islower",
                  "isnumeric", "isprintable", "isspace", "istitle", "isupper"):
        setattr(UserString, _name, (lambda method: lambda self: method(self.data))(getattr(str, _name)))
    del _name
    """
}
