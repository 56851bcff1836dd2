/// functools: reduce, partial, update_wrapper/wraps, lru_cache/cache,
/// cmp_to_key. The objects are instances of native classes whose methods
/// are Swift (they behave as classes defined in Python do: __call__,
/// __get__ for binding, rich comparison).
enum FunctoolsModule {
    static func make(_ rt: Runtime) throws -> Value {
        let m = try nativePart(rt)
        try rt.runEmbedded(pythonPart, module: "functools", globals: Value(object: ModuleObject.dict(m.asObject)))
        return m
    }

    /// total_ordering: class decoration, clearest in Python. CacheInfo is
    /// the namedtuple cache_info() returns, as CPython's functools makes it.
    static let pythonPart = """
    from collections import namedtuple as _namedtuple
    _CacheInfo = _namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])
    del _namedtuple
    def _gt_from_lt(self, other):
        r = type(self).__lt__(self, other)
        if r is NotImplemented:
            return r
        return not r and self != other
    def _le_from_lt(self, other):
        r = type(self).__lt__(self, other)
        if r is NotImplemented:
            return r
        return r or self == other
    def _ge_from_lt(self, other):
        r = type(self).__lt__(self, other)
        if r is NotImplemented:
            return r
        return not r
    def _ge_from_le(self, other):
        r = type(self).__le__(self, other)
        if r is NotImplemented:
            return r
        return not r or self == other
    def _lt_from_le(self, other):
        r = type(self).__le__(self, other)
        if r is NotImplemented:
            return r
        return r and self != other
    def _gt_from_le(self, other):
        r = type(self).__le__(self, other)
        if r is NotImplemented:
            return r
        return not r
    def _lt_from_gt(self, other):
        r = type(self).__gt__(self, other)
        if r is NotImplemented:
            return r
        return not r and self != other
    def _ge_from_gt(self, other):
        r = type(self).__gt__(self, other)
        if r is NotImplemented:
            return r
        return r or self == other
    def _le_from_gt(self, other):
        r = type(self).__gt__(self, other)
        if r is NotImplemented:
            return r
        return not r
    def _le_from_ge(self, other):
        r = type(self).__ge__(self, other)
        if r is NotImplemented:
            return r
        return not r or self == other
    def _gt_from_ge(self, other):
        r = type(self).__ge__(self, other)
        if r is NotImplemented:
            return r
        return r and self != other
    def _lt_from_ge(self, other):
        r = type(self).__ge__(self, other)
        if r is NotImplemented:
            return r
        return not r
    _convert = {
        '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
        '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
        '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
        '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
    }
    def total_ordering(cls):
        \"\"\"Class decorator that fills in missing ordering methods\"\"\"
        roots = {op for op in _convert if getattr(cls, op, None) is not getattr(object, op, None)}
        if not roots:
            raise ValueError('must define at least one ordering operation: < > <= >=')
        root = max(roots)
        for opname, opfunc in _convert[root]:
            if opname not in roots:
                opfunc.__name__ = opname
                setattr(cls, opname, opfunc)
        return cls
    """

    private static func nativePart(_ rt: Runtime) throws -> Value {
        try NativeModules.module(rt, "functools") { rt, d in
            // cache_info() reads _CacheInfo from here, so the dict outlives any unloading of the module.
            let moduleDict = rt.pin(Value(object: d))
            func nativeClass(_ name: String) throws -> Value {
                let t = rt.pin(try TypeObject.make(rt, name: name, bases: [rt.types.object], dict: nil, instanceKind: .instance,
                                                   flags: TypeObject.heapType | (name == "partial" ? TypeObject.qualifiedName : 0), module: "functools"))
                return t
            }
            func attr(_ rt: Runtime, _ v: Value, _ name: String) throws -> Value {
                try Instance.get(rt, v.asObject, try rt.intern(name)) ?? .none
            }
            func setAttr(_ rt: Runtime, _ v: Value, _ name: String, _ x: Value) throws {
                try Instance.set(rt, v.asObject, try rt.intern(name), x)
            }

            try NativeModules.function(rt, d, "reduce") { rt, args in
                guard args.count == 2 || args.count == 3 else {
                    throw PythonError("TypeError", "reduce expected at least 2 arguments, got \(args.count)")
                }
                return try rt.withTemporaryRoots(2) { roots in
                    roots[0] = try rt.rewordingNotIterable(args[1], "reduce() arg 2 must support iteration") { try rt.getIter(args[1]) }
                    if args.count == 3 {
                        roots[1] = args[2]
                    } else {
                        guard let first = try rt.nextOrNil(roots[0]) else {
                            throw PythonError("TypeError", "reduce() of empty iterable with no initial value")
                        }
                        roots[1] = first
                    }
                    while let x = try rt.nextOrNil(roots[0]) { roots[1] = try rt.call(args[0], [roots[1], x]) }
                    return roots[1]
                }
            }

            // partial(func, *args, **keywords)
            let partial = try nativeClass("partial")
            try NativeModules.value(rt, d, "partial", partial)
            rt.defineConstructor(partial, keywords: ["*"]) { rt, args in
                guard let f = args.first else { throw PythonError("TypeError", "type 'partial' takes at least one argument") }
                guard try rt.isCallable(f) else { throw PythonError("TypeError", "the first argument must be callable") }
                let keywords = rt.pendingKeywords
                return try rt.withTemporaryRoots(3) { roots in
                    // A partial of an exact partial is flattened into one, as CPython does.
                    var target = f
                    var positional = Array(args.dropFirst())
                    roots[2] = try rt.newDict()
                    if rt.typeOf(f).bits == partial.bits {
                        target = try attr(rt, f, "func")
                        let inner = try attr(rt, f, "args").asObject
                        positional = Array(UnsafeBufferPointer(start: TupleObject.items(inner), count: TupleObject.count(inner))) + positional
                        for (k, v) in DictObject.items(try attr(rt, f, "keywords").asObject) {
                            try DictObject.set(rt.heap, roots[2].asObject, k, v, rt.ops)
                        }
                    }
                    roots[0] = try Instance.make(rt, type: partial)
                    roots[1] = try rt.tuple(positional)
                    for (k, v) in keywords { try DictObject.set(rt.heap, roots[2].asObject, try rt.intern(k), v, rt.ops) }
                    try setAttr(rt, roots[0], "func", target)
                    try setAttr(rt, roots[0], "args", roots[1])
                    try setAttr(rt, roots[0], "keywords", roots[2])
                    return roots[0]
                }
            }
            try rt.defineMethod(partial, "__call__", keywords: ["*"]) { rt, args in
                let p = args[0]
                let stored = try attr(rt, p, "args").asObject
                let positional = Array(UnsafeBufferPointer(start: TupleObject.items(stored), count: TupleObject.count(stored))) + Array(args.dropFirst())
                var keywords = DictObject.items(try attr(rt, p, "keywords").asObject)
                for (k, v) in rt.pendingKeywords {
                    let key = try rt.intern(k)
                    keywords.removeAll { $0.0.bits == key.bits }
                    keywords.append((key, v))
                }
                rt.pendingKeywords = []
                return try rt.call(try attr(rt, p, "func"), positional, keywords: keywords)
            }
            try rt.defineMethod(partial, "__repr__") { rt, args in
                let p = args[0]
                var parts = [try rt.repr(try attr(rt, p, "func"))]
                let stored = try attr(rt, p, "args").asObject
                for i in 0..<TupleObject.count(stored) { parts.append(try rt.repr(TupleObject.items(stored)[i])) }
                for (k, v) in DictObject.items(try attr(rt, p, "keywords").asObject) { parts.append("\(rt.swiftString(k))=\(try rt.repr(v))") }
                return try rt.makeStr("functools.partial(" + parts.joined(separator: ", ") + ")")
            }

            // update_wrapper(wrapper, wrapped) and wraps(wrapped)
            let update = rt.registerNative("update_wrapper", keywords: ["wrapped"]) { rt, args in
                var wrapped: Value? = args.count > 1 ? args[1] : nil
                for (_, v) in rt.pendingKeywords { wrapped = v }
                guard let wrapper = args.first, let w = wrapped else {
                    throw PythonError("TypeError", "update_wrapper() missing 1 required positional argument: 'wrapped'")
                }
                for name in ["__module__", "__name__", "__qualname__", "__doc__"] {
                    if let v = try rt.getAttrOrNil(w, try rt.intern(name)) { try rt.setAttr(wrapper, try rt.intern(name), v) }
                }
                if let source = try rt.getAttrOrNil(w, try rt.intern("__dict__")), DictObject.isDict(source),
                   let target = try rt.getAttrOrNil(wrapper, try rt.intern("__dict__")), DictObject.isDict(target) {
                    for (k, v) in DictObject.items(source.asObject) { try DictObject.set(rt.heap, target.asObject, k, v, rt.ops) }
                }
                try rt.setAttr(wrapper, try rt.intern("__wrapped__"), w)
                return wrapper
            }
            let updateFunction = try BuiltinFunctionObject.make(rt, index: update, name: "update_wrapper")
            try NativeModules.value(rt, d, "update_wrapper", updateFunction)
            try NativeModules.function(rt, d, "wraps") { rt, args in
                try Builtins.exactly(1, "wraps", args)
                return try rt.callType(partial, [updateFunction], keywords: [(try rt.intern("wrapped"), args[0])])
            }

            // lru_cache(maxsize=128) / cache
            let cached = try nativeClass("_lru_cache_wrapper")
            func wrap(_ rt: Runtime, _ f: Value, _ maxsize: Value) throws -> Value {
                try rt.withTemporaryRoots(2) { roots in
                    roots[0] = try Instance.make(rt, type: cached)
                    roots[1] = try rt.newDict()
                    try setAttr(rt, roots[0], "__wrapped__", f)
                    try setAttr(rt, roots[0], "_cache", roots[1])
                    try setAttr(rt, roots[0], "_maxsize", maxsize)
                    try setAttr(rt, roots[0], "_hits", Value(uncheckedSmallInt: 0))
                    try setAttr(rt, roots[0], "_misses", Value(uncheckedSmallInt: 0))
                    for name in ["__module__", "__name__", "__qualname__", "__doc__"] {
                        if let v = try rt.getAttrOrNil(f, try rt.intern(name)) { try setAttr(rt, roots[0], name, v) }
                    }
                    return roots[0]
                }
            }
            // lru_cache(maxsize) returns this, bound to the maxsize.
            let decorating = rt.registerNative("decorating_function") { rt, inner in
                try Builtins.exactly(2, "decorating_function", inner)
                return try wrap(rt, inner[1], inner[0])
            }
            try NativeModules.function(rt, d, "lru_cache", keywords: ["maxsize", "typed"]) { rt, args in
                var maxsize: Value = Value(uncheckedSmallInt: 128)
                for (k, v) in rt.pendingKeywords where k == "maxsize" { maxsize = v }
                if let first = args.first {
                    if try rt.isCallable(first) && !IntArithmetic.isInt(first) { return try wrap(rt, first, maxsize) }
                    maxsize = first
                }
                if !maxsize.isNone && !IntArithmetic.isInt(maxsize) {
                    throw PythonError("TypeError", "Expected first argument to be an integer, a callable, or None")
                }
                return try rt.withTemporaryRoots(1) { roots in
                    roots[0] = try BuiltinFunctionObject.make(rt, index: decorating, name: "decorating_function")
                    ValueVector.values(roots[0].asObject)[2] = maxsize
                    return roots[0]
                }
            }
            try NativeModules.function(rt, d, "cache") { rt, args in
                try Builtins.exactly(1, "cache", args)
                return try wrap(rt, args[0], .none)
            }
            try rt.defineMethod(cached, "__call__", keywords: ["*"]) { rt, args in
                let w = args[0]
                let keywords = rt.pendingKeywords
                rt.pendingKeywords = []
                return try rt.withTemporaryRoots(2) { roots in
                    var keyItems = Array(args.dropFirst())
                    if !keywords.isEmpty {
                        keyItems.append(cached)
                        for (k, v) in keywords { keyItems.append(try rt.intern(k)); keyItems.append(v) }
                    }
                    roots[0] = try rt.tuple(keyItems)
                    let cache = try attr(rt, w, "_cache").asObject
                    if let hit = try DictObject.get(cache, roots[0], rt.ops) {
                        try setAttr(rt, w, "_hits", try rt.binary(.add, try attr(rt, w, "_hits"), Value(uncheckedSmallInt: 1)))
                        let maxsize = try attr(rt, w, "_maxsize")
                        if !maxsize.isNone {
                            try DictObject.delete(cache, roots[0], rt.ops)
                            try DictObject.set(rt.heap, cache, roots[0], hit, rt.ops)
                        }
                        return hit
                    }
                    try setAttr(rt, w, "_misses", try rt.binary(.add, try attr(rt, w, "_misses"), Value(uncheckedSmallInt: 1)))
                    let kw = try keywords.map { (try rt.intern($0.0), $0.1) }
                    roots[1] = try rt.call(try attr(rt, w, "__wrapped__"), Array(args.dropFirst()), keywords: kw)
                    let maxsize = try attr(rt, w, "_maxsize")
                    if maxsize.isNone || (maxsize.isSmallInt && maxsize.asSmallInt > 0) {
                        try DictObject.set(rt.heap, cache, roots[0], roots[1], rt.ops)
                        if maxsize.isSmallInt && DictObject.count(cache) > Int(maxsize.asSmallInt), let oldest = DictObject.items(cache).first {
                            try DictObject.delete(cache, oldest.0, rt.ops)
                        }
                    }
                    return roots[1]
                }
            }
            try rt.defineMethod(cached, "__get__") { rt, args in
                guard args.count >= 2, !args[1].isNone else { return args[0] }
                return try rt.boundMethod(args[0], args[1])
            }
            try rt.defineMethod(cached, "cache_clear") { rt, args in
                let cache = try attr(rt, args[0], "_cache").asObject
                for (k, _) in DictObject.items(cache) { try DictObject.delete(cache, k, rt.ops) }
                try setAttr(rt, args[0], "_hits", Value(uncheckedSmallInt: 0))
                try setAttr(rt, args[0], "_misses", Value(uncheckedSmallInt: 0))
                return .none
            }
            try rt.defineMethod(cached, "cache_info") { rt, args in
                let w = args[0]
                let size = Value(uncheckedSmallInt: Int64(DictObject.count(try attr(rt, w, "_cache").asObject)))
                guard let info = try DictObject.get(moduleDict.asObject, try rt.intern("_CacheInfo"), rt.ops) else {
                    throw PythonError("RuntimeError", "functools._CacheInfo is missing")
                }
                return try rt.call(info, [try attr(rt, w, "_hits"), try attr(rt, w, "_misses"), try attr(rt, w, "_maxsize"), size])
            }

            // cmp_to_key(cmp): K(obj) objects comparing through cmp.
            let key = try nativeClass("KeyWrapper")
            for (name, test) in [("__lt__", { (c: Int) in c < 0 }), ("__gt__", { $0 > 0 }), ("__le__", { $0 <= 0 }),
                                 ("__ge__", { $0 >= 0 }), ("__eq__", { $0 == 0 })] {
                try rt.defineMethod(key, name) { rt, args in
                    guard args.count == 2, rt.typeOf(args[1]).bits == key.bits else { return .notImplemented }
                    let r = try rt.call(try attr(rt, args[0], "cmp"), [try attr(rt, args[0], "obj"), try attr(rt, args[1], "obj")])
                    let zero = Value(uncheckedSmallInt: 0)
                    let c = try rt.truth(try rt.richCompare(.less, r, zero)) ? -1 : (try rt.truth(try rt.richCompare(.greater, r, zero)) ? 1 : 0)
                    return .bool(test(c))
                }
            }
            let makeKey = rt.registerNative("K") { rt, args in
                try Builtins.exactly(2, "K", args)
                return try rt.withTemporaryRoots(1) { roots in
                    roots[0] = try Instance.make(rt, type: key)
                    try setAttr(rt, roots[0], "cmp", args[0])
                    try setAttr(rt, roots[0], "obj", args[1])
                    return roots[0]
                }
            }
            try NativeModules.function(rt, d, "cmp_to_key") { rt, args in
                try Builtins.exactly(1, "cmp_to_key", args)
                return try rt.withTemporaryRoots(1) { roots in
                    roots[0] = try BuiltinFunctionObject.make(rt, index: makeKey, name: "K")
                    ValueVector.values(roots[0].asObject)[2] = args[0]
                    return roots[0]
                }
            }
        }
    }
}
