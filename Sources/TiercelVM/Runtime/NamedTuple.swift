/// collections.namedtuple, written in Python over two natives: the field
/// getter (a property whose getter indexes the tuple, which attribute
/// loads recognize) and the name of the calling module (for `__module__`,
/// which CPython reads from the caller's frame).
enum NamedTuple {
    static func installNatives(_ rt: Runtime, _ d: UnsafeMutableRawPointer) throws {
        try NativeModules.function(rt, d, "_tuplegetter") { rt, args in
            guard args.count == 2, args[0].isSmallInt else { throw PythonError("TypeError", "_tuplegetter(index, doc)") }
            return try rt.withTemporaryRoots(1) { roots in
                roots[0] = try BuiltinFunctionObject.make(rt, index: rt.namedTupleGetter, name: "_tuplegetter")
                ValueVector.values(roots[0].asObject)[2] = args[0]
                return try vector(rt, kind: .property, [roots[0], .none, .none, args[1], .none])
            }
        }
        try NativeModules.function(rt, d, "_caller_module") { rt, _ in
            // The frame that called the builtin is namedtuple's; its caller made the class.
            guard let fp = rt.currentFrame, fp[-3].asSmallInt >= 0 else { return .none }
            let caller = rt.stack.base + Int(fp[-2].asSmallInt)
            guard DictObject.isDict(caller[-5]) else { return .none }
            return try DictObject.get(caller[-5].asObject, try rt.intern("__name__"), rt.ops) ?? .none
        }
    }

    static let pythonPart = """
from keyword import iskeyword as _iskeyword

def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    names = [str(name) for name in field_names]
    typename = str(typename)
    if rename:
        seen = set()
        for i, name in enumerate(names):
            if not name.isidentifier() or _iskeyword(name) or name.startswith('_') or name in seen:
                names[i] = '_%d' % i
            seen.add(name)
    for name in [typename] + names:
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % name)
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a keyword: %r' % name)
    seen = set()
    for name in names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)
    fields = tuple(names)
    count = len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > count:
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[count - len(defaults):], defaults))

    # __new__ takes the fields as named parameters, so a wrong call is
    # reported as for any Python function.
    params = ''.join(name + ', ' for name in fields)
    make_tuple = tuple.__new__
    __new__ = eval('lambda _cls, %s: _make_tuple(_cls, (%s))' % (params, params),
                   {'_make_tuple': make_tuple, '__builtins__': {}, '__name__': 'namedtuple_' + typename})
    __new__.__name__ = '__new__'
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, ', '.join(fields))
    if defaults is not None:
        __new__.__defaults__ = defaults

    def _make(cls, iterable):
        made = make_tuple(cls, iterable)
        if len(made) != count:
            raise TypeError('Expected %d arguments, got %d' % (count, len(made)))
        return made

    def _replace(self, /, **changes):
        made = self._make([changes.pop(name, value) for name, value in zip(fields, self)])
        if changes:
            raise ValueError('Got unexpected field names: %r' % list(changes))
        return made

    template = '(' + ', '.join(name + '=%r' for name in fields) + ')'

    def __repr__(self):
        return self.__class__.__name__ + template % tuple(self)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    for method in (__new__, _make, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = typename + '.' + method.__name__

    namespace = {
        '__doc__': '%s(%s)' % (typename, ', '.join(fields)),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for i, name in enumerate(fields):
        namespace[name] = _tuplegetter(i, 'Alias for field number %d' % i)
    cls = type(typename, (tuple,), namespace)
    if module is None:
        module = _caller_module()
    if module is not None:
        cls.__module__ = module
    return cls
"""
}
