/// types: the interpreter's own type objects by name, plus the class
/// creation helpers (new_class, prepare_class, resolve_bases) and
/// SimpleNamespace, written in Python.
enum TypesModule {
    static func make(_ rt: Runtime) throws -> Value {
        let m = try NativeModules.module(rt, "types") { rt, d in
            let t = rt.types
            for (name, type) in [("FunctionType", t.function), ("LambdaType", t.function), ("CodeType", t.code),
                                 ("FrameType", t.frame), ("TracebackType", t.traceback),
                                 ("GeneratorType", t.generator), ("CoroutineType", t.coroutine),
                                 ("AsyncGeneratorType", t.asyncGenerator), ("MethodType", t.method),
                                 ("BuiltinFunctionType", t.builtinFunction), ("BuiltinMethodType", t.builtinFunction),
                                 ("MethodDescriptorType", t.methodDescriptor), ("ModuleType", t.module),
                                 ("CellType", t.cell), ("NoneType", t.noneType), ("EllipsisType", t.ellipsis),
                                 ("NotImplementedType", t.notImplemented),
                                 // Slot wrappers and method wrappers are method descriptors and bound natives here.
                                 ("WrapperDescriptorType", t.methodDescriptor), ("MethodWrapperType", t.method),
                                 ("ClassMethodDescriptorType", t.methodDescriptor), ("MemberDescriptorType", t.memberDescriptor),
                                 ("GetSetDescriptorType", t.memberDescriptor)] {
                try NativeModules.value(rt, d, name, type)
            }
            // _qualify(cls): messages name the class "types.X", as CPython's C types are named.
            try NativeModules.function(rt, d, "_qualify") { rt, args in
                try Builtins.exactly(1, "_qualify", args)
                guard TypeObject.isType(args[0]) else { throw PythonError("TypeError", "_qualify() expects a class") }
                let t = args[0].asObject
                TypeObject.set(t, TypeObject.flags, Value(uncheckedSmallInt: TypeObject.flags(t) | TypeObject.qualifiedName))
                return args[0]
            }
        }
        try rt.runEmbedded(pythonPart, module: "types", globals: Value(object: ModuleObject.dict(m.asObject)))
        return m
    }

    static let pythonPart = """
    class SimpleNamespace:
        def __init__(self, mapping_or_iterable=(), /, **kwargs):
            self.__dict__.update(dict(mapping_or_iterable))
            self.__dict__.update(kwargs)
        def __repr__(self):
            items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
            return f"{'namespace' if type(self) is SimpleNamespace else type(self).__name__}({items})"
        def __eq__(self, other):
            if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
                return self.__dict__ == other.__dict__
            return NotImplemented

    def resolve_bases(bases):
        result = []
        changed = False
        for base in bases:
            if not isinstance(base, type) and hasattr(base, "__mro_entries__"):
                entries = base.__mro_entries__(bases)
                if not isinstance(entries, tuple):
                    raise TypeError("__mro_entries__ must return a tuple")
                result.extend(entries)
                changed = True
            else:
                result.append(base)
        return tuple(result) if changed else bases

    def _most_derived_metaclass(meta, bases):
        winner = meta
        for base in bases:
            candidate = type(base)
            if issubclass(winner, candidate):
                continue
            if issubclass(candidate, winner):
                winner = candidate
                continue
            raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                            "(non-strict) subclass of the metaclasses of all its bases")
        return winner

    def prepare_class(name, bases=(), kwds=None):
        kwds = {} if kwds is None else dict(kwds)
        meta = kwds.pop("metaclass", type(bases[0]) if bases else type)
        if isinstance(meta, type):
            meta = _most_derived_metaclass(meta, bases)
        namespace = meta.__prepare__(name, bases, **kwds) if hasattr(meta, "__prepare__") else {}
        return meta, namespace, kwds

    def new_class(name, bases=(), kwds=None, exec_body=None):
        resolved = resolve_bases(bases)
        meta, namespace, kwds = prepare_class(name, resolved, kwds)
        if exec_body is not None:
            exec_body(namespace)
        if resolved is not bases:
            namespace["__orig_bases__"] = bases
        return meta(name, resolved, namespace, **kwds)

    class DynamicClassAttribute:
        def __init__(self, fget=None, fset=None, fdel=None, doc=None):
            self.fget, self.fset, self.fdel = fget, fset, fdel
            self.__doc__ = doc if doc is not None else getattr(fget, "__doc__", None)
            self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))
        def __get__(self, instance, ownerclass=None):
            if instance is None:
                if self.__isabstractmethod__:
                    return self
                raise AttributeError()
            if self.fget is None:
                raise AttributeError("unreadable attribute")
            return self.fget(instance)
        def __set__(self, instance, value):
            if self.fset is None:
                raise AttributeError("can't set attribute")
            self.fset(instance, value)
        def __delete__(self, instance):
            if self.fdel is None:
                raise AttributeError("can't delete attribute")
            self.fdel(instance)
        def getter(self, fget):
            return type(self)(fget, self.fset, self.fdel, self.__doc__)
        def setter(self, fset):
            return type(self)(self.fget, fset, self.fdel, self.__doc__)
        def deleter(self, fdel):
            return type(self)(self.fget, self.fset, fdel, self.__doc__)

    class GenericAlias:
        "list[int] and the like: an origin class with type arguments."
        def __init__(self, origin, args):
            self.__origin__ = origin
            self.__args__ = args if isinstance(args, tuple) else (args,)
            self.__parameters__ = ()
        def __repr__(self):
            def show(a):
                if isinstance(a, type) and not isinstance(a, GenericAlias):
                    return a.__qualname__ if a.__module__ == "builtins" else f"{a.__module__}.{a.__qualname__}"
                if a is ...:
                    return "..."
                return repr(a)
            args = ", ".join(show(a) for a in self.__args__) if self.__args__ else "()"
            return f"{'*' if self.__unpacked__ else ''}{show(self.__origin__)}[{args}]"
        __unpacked__ = False
        def __iter__(self):
            # Iterating gives the starred alias, as `*tuple[int, str]` in a subscript does (PEP 646).
            starred = GenericAlias(self.__origin__, self.__args__)
            starred.__unpacked__ = True
            yield starred
        def __call__(self, *args, **kwargs):
            return self.__origin__(*args, **kwargs)
        def __mro_entries__(self, bases):
            return (self.__origin__,)
        def __eq__(self, other):
            if not isinstance(other, GenericAlias):
                return NotImplemented
            return (self.__origin__ == other.__origin__ and self.__args__ == other.__args__
                    and self.__unpacked__ == other.__unpacked__)
        def __hash__(self):
            return hash(self.__origin__) ^ hash(self.__args__)
        def __getattr__(self, name):
            if name.startswith("__") and name.endswith("__"):
                raise AttributeError(name)
            return getattr(self.__origin__, name)
        def __or__(self, other):
            return NotImplemented

    class UnionType:
        "int | str: what isinstance() and annotations accept as either type."
        def __init__(self, args):
            flat = []
            for a in args:
                for b in (a.__args__ if isinstance(a, UnionType) else (a,)):
                    b = type(None) if b is None else b
                    if b not in flat:
                        flat.append(b)
            self.__args__ = tuple(flat)
        def __repr__(self):
            def show(a):
                if a is type(None):
                    return "None"
                if isinstance(a, type) and not isinstance(a, GenericAlias):
                    return a.__qualname__ if a.__module__ == "builtins" else f"{a.__module__}.{a.__qualname__}"
                return repr(a)
            return " | ".join(show(a) for a in self.__args__)
        def __or__(self, other):
            return UnionType((self, other))
        def __ror__(self, other):
            return UnionType((other, self))
        def __eq__(self, other):
            return isinstance(other, UnionType) and set(self.__args__) == set(other.__args__)
        def __hash__(self):
            return hash(frozenset(self.__args__))
        def __instancecheck__(self, obj):
            return isinstance(obj, self.__args__)
        def __subclasscheck__(self, cls):
            return issubclass(cls, self.__args__)

    def _union(a, b):
        return UnionType((a, b))

    class MappingProxyType:
        "A read-only view of a mapping."
        def __init__(self, mapping):
            if not hasattr(mapping, "keys") or not hasattr(mapping, "__getitem__"):
                raise TypeError(f"mappingproxy() argument must be a mapping, not {type(mapping).__name__}")
            self._mapping = mapping
        def __getitem__(self, key):
            return self._mapping[key]
        def __iter__(self):
            return iter(self._mapping)
        def __len__(self):
            return len(self._mapping)
        def __contains__(self, key):
            return key in self._mapping
        def get(self, key, default=None):
            return self._mapping.get(key, default)
        def keys(self):
            return self._mapping.keys()
        def values(self):
            return self._mapping.values()
        def items(self):
            return self._mapping.items()
        def copy(self):
            return self._mapping.copy()
        def __eq__(self, other):
            return self._mapping == other
        def __or__(self, other):
            return dict(self._mapping) | other
        def __repr__(self):
            return f"mappingproxy({self._mapping!r})"
        def __str__(self):
            return str(self._mapping)

    MappingProxyType.__name__ = MappingProxyType.__qualname__ = "mappingproxy"
    MappingProxyType.__module__ = "builtins"
    _qualify(SimpleNamespace)
    _qualify(GenericAlias)

    def coroutine(func):
        if not callable(func):
            raise TypeError("types.coroutine() expects a callable")
        return func
    """
}
