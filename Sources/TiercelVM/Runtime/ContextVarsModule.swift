/// _contextvars: context variables, their tokens and contexts, written in
/// Python. A context is a dict from variable to value; copying one copies
/// the dict (CPython shares an immutable map instead, which matters only
/// for contexts with many variables).
enum ContextVarsModule {
    static func make(_ rt: Runtime) throws -> Value {
        try NativeModules.withPython(rt, "_contextvars", pythonPart)
    }

    static let pythonPart = """
from types import GenericAlias as _GenericAlias

_NO_DEFAULT = object()


def _final(cls):
    def __init_subclass__(sub, **kwargs):
        raise TypeError("type '_contextvars.%s' is not an acceptable base type" % cls.__name__)
    cls.__init_subclass__ = classmethod(__init_subclass__)
    return cls


def _check_key(key):
    if type(key) is not ContextVar:
        raise TypeError("a ContextVar key was expected, got %r" % (key,))


@_final
class Context:
    __slots__ = ('_data', '_prev', '_entered')

    def __init__(self):
        self._data = {}
        self._prev = None
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        global _current
        if self._entered:
            raise RuntimeError('cannot enter context: %r is already entered' % (self,))
        self._prev = _current
        self._entered = True
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        _check_key(var)
        return self._data[var]

    def get(self, var, default=None):
        _check_key(var)
        return self._data.get(var, default)

    def __contains__(self, var):
        _check_key(var)
        return var in self._data

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


_current = Context()


def copy_context():
    return _current.copy()


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


@_final
class Token:
    __slots__ = ('_ctx', '_var', '_old', '_used')
    MISSING = _Missing()

    def __init__(self, *args):
        raise RuntimeError('Tokens can only be created by ContextVars')

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        return '<Token%s var=%r at 0x%x>' % (' used' if self._used else '', self._var, id(self))

    __class_getitem__ = classmethod(_GenericAlias)


def _token(ctx, var, old):
    token = object.__new__(Token)
    token._ctx = ctx
    token._var = var
    token._old = old
    token._used = False
    return token


@_final
class ContextVar:
    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError('get expected at most 1 argument, got %d' % len(args))
        try:
            return _current._data[self]
        except KeyError:
            pass
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current
        old = ctx._data.get(self, Token.MISSING)
        ctx._data[self] = value
        return _token(ctx, self, old)

    def reset(self, token):
        if type(token) is not Token:
            raise TypeError('expected an instance of Token, got %r' % (token,))
        if token._used:
            raise RuntimeError('%r has already been used once' % (token,))
        if token._var is not self:
            raise ValueError('%r was created by a different ContextVar' % (token,))
        if token._ctx is not _current:
            raise ValueError('%r was created in a different Context' % (token,))
        if token._old is Token.MISSING:
            _current._data.pop(self, None)
        else:
            _current._data[self] = token._old
        token._used = True

    def __repr__(self):
        default = '' if self._default is _NO_DEFAULT else ' default=%r' % (self._default,)
        return '<ContextVar name=%r%s at 0x%x>' % (self._name, default, id(self))

    __class_getitem__ = classmethod(_GenericAlias)


del _final
"""
}
