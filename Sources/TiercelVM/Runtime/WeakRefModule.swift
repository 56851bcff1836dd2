/// Weak references. A ref is a `.weakVector` object [referent, callback,
/// hash]: the collector does not trace the referent and sets it to None
/// when the referent dies, as PyPy does, so a dead object's refs read None
/// after the collection that found it dead (`gc.collect()` forces one).
/// Then the callback is due: the collector queues the ref and sets the
/// eval breaker, and the interpreter calls it at its next safe point (or
/// gc.collect() does before returning). The hash is cached on first use,
/// so a ref stays hashable after its referent dies, as in CPython.
enum WeakRefObject {
    static func make(_ rt: Runtime, _ referent: Value, callback: Value) throws -> Value {
        guard let o = rt.heap.allocate(bytes: ValueVector.bytes(count: 3), layout: .weakVector) else {
            throw PythonError("MemoryError", "")
        }
        o.objectKind = .weakref
        o.storeBytes(of: 3, toByteOffset: ValueVector.countOffset, as: Int.self)
        ValueVector.values(o)[0] = referent
        ValueVector.values(o)[1] = callback
        ValueVector.values(o)[2] = .empty
        rt.registerWeakRef(o, to: referent)
        return Value(object: o)
    }

    static func referent(_ w: Value) -> Value { ValueVector.values(w.asObject)[0] }

    static func hash(_ rt: Runtime, _ w: UnsafeMutableRawPointer) throws -> Int64 {
        let cached = ValueVector.values(w)[2]
        if cached.isSmallInt { return cached.asSmallInt }
        let r = ValueVector.values(w)[0]
        if r.isNone { throw PythonError("TypeError", "weak object has gone away") }
        let h = try rt.ops.hash(r)
        if let v = Value(smallInt: h) { ValueVector.values(w)[2] = v }
        return h
    }

    /// Refs to live objects are equal when their referents are; dead ones only to themselves.
    static func equal(_ rt: Runtime, _ a: UnsafeMutableRawPointer, _ b: UnsafeMutableRawPointer) throws -> Bool {
        let x = ValueVector.values(a)[0], y = ValueVector.values(b)[0]
        if x.isNone || y.isNone { return a == b }
        return try rt.isEqual(x, y)
    }

    static func isRef(_ v: Value) -> Bool { v.isObject && v.asObject.objectKind == .weakref }
}

/// _weakref (ref, getweakrefcount, getweakrefs) and gc (collect and the
/// switches programs call).
enum WeakRefModule {
    static func make(_ rt: Runtime) throws -> Value {
        try NativeModules.module(rt, "_weakref") { rt, d in
            let refType = rt.pin(try TypeObject.make(rt, name: "ReferenceType", bases: [rt.types.object], dict: nil,
                                                     instanceKind: .weakref, flags: 0, module: "weakref"))
            rt.setKindType(.weakref, refType)
            rt.defineConstructor(refType) { rt, args in
                guard (1...2).contains(args.count) else {
                    throw PythonError("TypeError", "__new__ expected at most 2 arguments, got \(args.count)")
                }
                let target = args[0]
                let flags = TypeObject.flags(rt.typeOf(target).asObject)
                guard target.isObject, flags & TypeObject.noWeakrefs == 0,
                      ![.str, .tuple, .bigInt, .list, .dict, .bytes].contains(target.asObject.objectKind)
                        || flags & TypeObject.heapType != 0 else {
                    throw PythonError("TypeError", "cannot create weak reference to '\(rt.typeName(target))' object")
                }
                let callback = args.count > 1 ? args[1] : .none
                if callback.isNone, let shared = rt.basicWeakRef(to: target, type: refType) { return shared }
                return try WeakRefObject.make(rt, target, callback: callback)
            }
            try rt.defineMethod(refType, "__call__") { rt, args in
                try BuiltinMethods.arity("weakref", args, 0...0)
                return WeakRefObject.referent(args[0])
            }
            try rt.defineMethod(refType, "__hash__") { rt, args in
                try rt.ints.make(try WeakRefObject.hash(rt, args[0].asObject))
            }
            try rt.defineMethod(refType, "__eq__") { rt, args in
                guard WeakRefObject.isRef(args[1]) else { return .notImplemented }
                return .bool(try WeakRefObject.equal(rt, args[0].asObject, args[1].asObject))
            }
            try rt.defineMethod(refType, "__ne__") { rt, args in
                guard WeakRefObject.isRef(args[1]) else { return .notImplemented }
                return .bool(!(try WeakRefObject.equal(rt, args[0].asObject, args[1].asObject)))
            }
            try rt.defineProperty(refType, "__callback__") { _, w in ValueVector.values(w.asObject)[1] }
            try rt.defineMethod(refType, "__repr__") { rt, args in
                let r = WeakRefObject.referent(args[0])
                if r.isNone { return try rt.makeStr("<weakref at \(rt.address(args[0])); dead>") }
                return try rt.makeStr("<weakref at \(rt.address(args[0])); to '\(rt.typeName(r))' at \(rt.address(r))>")
            }
            try NativeModules.value(rt, d, "ref", refType)
            try NativeModules.value(rt, d, "ReferenceType", refType)
            try NativeModules.function(rt, d, "getweakrefcount") { rt, args in
                try Builtins.exactly(1, "getweakrefcount", args)
                return Value(uncheckedSmallInt: Int64(rt.weakRefs(to: args[0]).count))
            }
            try NativeModules.function(rt, d, "getweakrefs") { rt, args in
                try Builtins.exactly(1, "getweakrefs", args)
                let refs = rt.weakRefs(to: args[0]).map { Value(object: $0) }
                return try refs.withUnsafeBufferPointer { try ListObject.make(rt, $0) }
            }
            try NativeModules.function(rt, d, "proxy") { _, _ in
                throw PythonError("NotImplementedError", "weakref.proxy is not supported by tiercel yet")
            }
        }
    }

    static func makeGC(_ rt: Runtime) throws -> Value {
        try NativeModules.module(rt, "gc") { rt, d in
            try NativeModules.function(rt, d, "collect") { rt, _ in
                rt.heap.collect()
                rt.runWeakCallbacks()
                return Value(uncheckedSmallInt: 0)
            }
            for name in ["enable", "disable"] {
                try NativeModules.function(rt, d, name) { _, _ in .none }
            }
            try NativeModules.function(rt, d, "isenabled") { _, _ in .true }
        }
    }

    static func makeWeakref(_ rt: Runtime) throws -> Value {
        let m = try NativeModules.module(rt, "weakref") { _, _ in }
        try rt.runEmbedded(weakrefPython, module: "weakref", globals: Value(object: ModuleObject.dict(m.asObject)))
        return m
    }

    /// The weakref module's containers over _weakref.ref. Dead entries are
    /// skipped when read (callbacks, which would remove them, do not run yet).
    static let weakrefPython = """
    from _weakref import ref, ReferenceType, getweakrefcount, getweakrefs, proxy
    from _weakrefset import WeakSet

    class WeakMethod:
        def __init__(self, method, callback=None):
            self._self = ref(method.__self__)
            self._func = ref(method.__func__)
        def __call__(self):
            obj, func = self._self(), self._func()
            if obj is None or func is None:
                return None
            return func.__get__(obj, type(obj))
        def __eq__(self, other):
            if isinstance(other, WeakMethod):
                return self._self == other._self and self._func == other._func
            return NotImplemented
        def __hash__(self):
            return hash((self._self, self._func))

    class WeakValueDictionary:
        def __init__(self, other=(), /, **kw):
            self.data = {}
            self.update(other, **kw)
        def __getitem__(self, key):
            o = self.data[key]()
            if o is None:
                raise KeyError(key)
            return o
        def __setitem__(self, key, value):
            self.data[key] = ref(value)
        def __delitem__(self, key):
            del self.data[key]
        def __contains__(self, key):
            r = self.data.get(key)
            return r is not None and r() is not None
        def __len__(self):
            return sum(1 for r in self.data.values() if r() is not None)
        def __iter__(self):
            return iter([k for k, r in list(self.data.items()) if r() is not None])
        def keys(self):
            return self.__iter__()
        def values(self):
            return iter([o for o in (r() for r in list(self.data.values())) if o is not None])
        def items(self):
            return iter([(k, o) for k, o in ((k, r()) for k, r in list(self.data.items())) if o is not None])
        def get(self, key, default=None):
            r = self.data.get(key)
            o = r() if r is not None else None
            return default if o is None else o
        def pop(self, key, *default):
            r = self.data.pop(key, None)
            o = r() if r is not None else None
            if o is None:
                if default:
                    return default[0]
                raise KeyError(key)
            return o
        def setdefault(self, key, default=None):
            o = self.get(key)
            if o is None:
                self[key] = default
                return default
            return o
        def update(self, other=(), /, **kw):
            items = other.items() if hasattr(other, "items") else other
            for k, v in items:
                self[k] = v
            for k, v in kw.items():
                self[k] = v
        def copy(self):
            return WeakValueDictionary(self.items())
        def __repr__(self):
            return f"<WeakValueDictionary at {hex(id(self))}>"

    class WeakKeyDictionary:
        def __init__(self, dict=None):
            self.data = {}
            if dict is not None:
                self.update(dict)
        def __getitem__(self, key):
            return self.data[ref(key)]
        def __setitem__(self, key, value):
            self.data[ref(key)] = value
        def __delitem__(self, key):
            del self.data[ref(key)]
        def __contains__(self, key):
            try:
                return ref(key) in self.data
            except TypeError:
                return False
        def __len__(self):
            return sum(1 for r in self.data if r() is not None)
        def __iter__(self):
            return iter([o for o in (r() for r in list(self.data)) if o is not None])
        def keys(self):
            return self.__iter__()
        def values(self):
            return iter([v for r, v in list(self.data.items()) if r() is not None])
        def items(self):
            return iter([(o, v) for o, v in ((r(), v) for r, v in list(self.data.items())) if o is not None])
        def get(self, key, default=None):
            return self.data.get(ref(key), default)
        def pop(self, key, *default):
            return self.data.pop(ref(key), *default)
        def setdefault(self, key, default=None):
            return self.data.setdefault(ref(key), default)
        def update(self, other=(), /, **kw):
            items = other.items() if hasattr(other, "items") else other
            for k, v in items:
                self[k] = v
        def __repr__(self):
            return f"<WeakKeyDictionary at {hex(id(self))}>"

    class finalize:
        def __init__(self, obj, func, /, *args, **kwargs):
            self._ref = ref(obj)
            self._call = (func, args, kwargs)
        def __call__(self, _=None):
            if self._call is not None:
                func, args, kwargs = self._call
                self._call = None
                return func(*args, **kwargs)
        def detach(self):
            obj = self._ref()
            if obj is None or self._call is None:
                return None
            func, args, kwargs = self._call
            self._call = None
            return (obj, func, args, kwargs)
        def peek(self):
            obj = self._ref()
            if obj is None or self._call is None:
                return None
            func, args, kwargs = self._call
            return (obj, func, args, kwargs)
        @property
        def alive(self):
            return self._call is not None
        atexit = True
    """
}
