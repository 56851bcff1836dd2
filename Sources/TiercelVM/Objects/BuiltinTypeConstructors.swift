/// What calling a built-in type does (`int("3")`, `list(x)`, `property(f)`),
/// plus isinstance/issubclass/callable and hashing of Python classes.
enum BuiltinTypeConstructors {
    static func install(_ rt: Runtime) throws {
        let t = rt.types
        rt.defineConstructor(t.str, keywords: ["object", "encoding", "errors"]) { rt, args in
            guard args.count <= 3 else { throw PythonError("TypeError", "str() takes at most 3 arguments (\(args.count) given)") }
            var object: Value? = args.first
            var encoding: Value? = args.count > 1 ? args[1] : nil
            var errors: Value? = args.count > 2 ? args[2] : nil
            for (k, v) in rt.pendingKeywords {
                switch k {
                case "object": object = v
                case "encoding": encoding = v
                default: errors = v
                }
            }
            guard let object else { return try rt.intern("") }
            if encoding != nil || errors != nil {
                // str(b, encoding, errors) decodes.
                guard BytesObject.isBytesLike(object) else {
                    throw PythonError("TypeError", StrObject.isStr(object) ? "decoding str is not supported"
                                                   : "decoding to str: need a bytes-like object, \(rt.typeName(object)) found")
                }
                let e = try encoding.map { try BytesMethods.text(rt, $0, "str() argument 'encoding'") } ?? "utf-8"
                let h = try errors.map { try BytesMethods.text(rt, $0, "str() argument 'errors'") } ?? "strict"
                return try Codecs.decodeText(rt, object, e, h)
            }
            if StrObject.isStr(object) && object.asObject.objectHeader.pointee.classWord == 0 { return object }
            return try rt.makeStr(rt.str(object))
        }
        rt.defineConstructor(t.int, keywords: ["base"], Builtins.int)
        rt.defineConstructor(t.float, Builtins.float)
        rt.defineConstructor(t.bool) { rt, args in
            guard args.count <= 1 else { throw PythonError("TypeError", "bool expected at most 1 argument, got \(args.count)") }
            return .bool(args.isEmpty ? false : try rt.truth(args[0]))
        }
        rt.defineConstructor(t.range, Builtins.range)
        // The singletons' types return the singleton.
        for (type, name, value) in [(t.noneType, "NoneType", Value.none), (t.ellipsis, "ellipsis", Value.ellipsis),
                                    (t.notImplemented, "NotImplementedType", Value.notImplemented)] {
            rt.defineConstructor(type) { rt, args in
                guard args.isEmpty && rt.pendingKeywords.isEmpty else { throw PythonError("TypeError", "\(name) takes no arguments") }
                return value
            }
        }
        rt.defineConstructor(t.list) { rt, args in
            guard args.count <= 1 else { throw PythonError("TypeError", "list expected at most 1 argument, got \(args.count)") }
            return args.isEmpty ? try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0)) : try rt.listFrom(args[0])
        }
        rt.defineConstructor(t.tuple) { rt, args in
            guard args.count <= 1 else { throw PythonError("TypeError", "tuple expected at most 1 argument, got \(args.count)") }
            return args.isEmpty ? try rt.tuple([]) : try rt.tupleFrom(args[0])
        }
        rt.defineConstructor(t.dict, keywords: ["*"]) { rt, args in
            guard args.count <= 1 else { throw PythonError("TypeError", "dict expected at most 1 argument, got \(args.count)") }
            return try rt.withTemporaryRoots(1) { roots in
                roots[0] = try rt.newDict()
                if let source = args.first { try rt.dictUpdate(roots[0], source) }
                for (k, v) in rt.pendingKeywords { try DictObject.set(rt.heap, roots[0].asObject, try rt.intern(k), v, rt.ops) }
                return roots[0]
            }
        }
        rt.defineConstructor(t.slice) { rt, args in
            switch args.count {
            case 1: return try vector(rt, kind: .slice, [.none, args[0], .none])
            case 2: return try vector(rt, kind: .slice, [args[0], args[1], .none])
            case 3: return try vector(rt, kind: .slice, [args[0], args[1], args[2]])
            default:
                throw PythonError("TypeError", args.isEmpty ? "slice expected at least 1 argument, got 0" : "slice expected at most 3 arguments, got \(args.count)")
            }
        }
        rt.defineConstructor(t.property, keywords: ["fget", "fset", "fdel", "doc"]) { rt, args in
            guard args.count <= 4 else { throw PythonError("TypeError", "property() takes at most 4 arguments (\(args.count) given)") }
            // [fget, fset, fdel, doc, name (set by __set_name__)]
            var fields: [Value] = [.none, .none, .none, .none, .none]
            for (i, a) in args.enumerated() { fields[i] = a }
            for (k, v) in rt.pendingKeywords { fields[["fget": 0, "fset": 1, "fdel": 2, "doc": 3][k]!] = v }
            if fields[3].isNone && fields[0].isObject && fields[0].asObject.objectKind == .function {
                fields[3] = FunctionObject.field(fields[0].asObject, FunctionObject.doc)
            }
            return try vector(rt, kind: .property, fields)
        }
        try rt.defineMethod(t.module, "__init__", keywords: ["name", "doc"]) { rt, args in
            let bound = try ClinicArguments.bind(rt, "module", args, ["name", "doc"], required: 1)
            guard let name = bound[0], StrObject.isStr(name) else {
                throw PythonError("TypeError", "module.__init__() argument 'name' must be str, not \(rt.typeName(bound[0] ?? .none))")
            }
            let m = args[0].asObject
            ValueVector.values(m)[1] = name
            let d = ModuleObject.dict(m)
            for (key, value) in [("__name__", name), ("__doc__", bound[1] ?? .none), ("__package__", .none),
                                 ("__loader__", .none), ("__spec__", .none)] {
                try DictObject.set(rt.heap, d, try rt.intern(key), value, rt.ops)
            }
            return .none
        }
        for (name, kind) in [("getter", 0), ("setter", 1), ("deleter", 2)] {
            try rt.defineMethod(t.property, name) { rt, args in
                try Builtins.exactly(2, name, args)
                var fields = (0..<5).map { ValueVector.values(args[0].asObject)[$0] }
                fields[kind] = args[1]
                return try vector(rt, kind: .property, fields)
            }
        }
        try rt.defineMethod(t.property, "__set_name__") { rt, args in
            guard args.count == 3 else { throw PythonError("TypeError", "__set_name__ expected 2 arguments, got \(args.count - 1)") }
            ValueVector.values(args[0].asObject)[4] = args[2]
            return .none
        }
        try rt.defineMethod(t.property, "__get__") { rt, args in
            guard args.count >= 2 else { throw PythonError("TypeError", "expected at least 1 argument") }
            if args[1].isNone { return args[0] }
            return try rt.bind(args[0], to: args[1], type: rt.typeOf(args[1]))
        }
        rt.defineConstructor(t.classmethod) { rt, args in
            guard args.count == 1 else { throw PythonError("TypeError", "classmethod expected 1 argument, got \(args.count)") }
            return try vector(rt, kind: .classmethod, [args[0]])
        }
        rt.defineConstructor(t.staticmethod) { rt, args in
            guard args.count == 1 else { throw PythonError("TypeError", "staticmethod expected 1 argument, got \(args.count)") }
            return try vector(rt, kind: .staticmethod, [args[0]])
        }
        try rt.installComplex()
        // types.MethodType(function, instance).
        rt.defineConstructor(t.method) { rt, args in
            guard args.count == 2 else { throw PythonError("TypeError", "method expected 2 arguments, got \(args.count)") }
            guard try rt.isCallable(args[0]) else { throw PythonError("TypeError", "first argument must be callable") }
            if args[1].isNone { throw PythonError("TypeError", "instance must not be None") }
            return try rt.boundMethod(args[0], args[1])
        }
        try rt.defineMethod(t.function, "__get__") { rt, args in
            guard args.count == 2 || args.count == 3 else {
                throw PythonError("TypeError", "expected 1 or 2 arguments, got \(args.count - 1)")
            }
            return args[1].isNone ? args[0] : try rt.boundMethod(args[0], args[1])
        }
        // PEP 585: list[int] and friends are types.GenericAlias objects.
        for type in [t.list, t.dict, t.tuple, t.set, t.frozenset, t.type] {
            try rt.defineClassMethod(type, "__class_getitem__") { rt, args in
                try BuiltinMethods.arity("__class_getitem__", args, 1...1)
                let alias = try rt.getAttr(try rt.loadModule("types"), try rt.intern("GenericAlias"))
                return try rt.call(alias, [args[0], args[1]])
            }
        }
        for type in [t.classmethod, t.staticmethod] {
            try rt.defineMethod(type, "__init__") { rt, args in
                guard args.count == 2 else {
                    throw PythonError("TypeError", "\(rt.typeName(args[0])) expected 1 argument, got \(args.count - 1)")
                }
                ValueVector.values(args[0].asObject)[0] = args[1]
                return .none
            }
        }
        try rt.defineMethod(t.property, "__init__", keywords: ["fget", "fset", "fdel", "doc"]) { rt, args in
            guard args.count <= 5 else { throw PythonError("TypeError", "property() takes at most 4 arguments (\(args.count - 1) given)") }
            let fields = ValueVector.values(args[0].asObject)
            for (i, a) in args.dropFirst().enumerated() { fields[i] = a }
            for (k, v) in rt.pendingKeywords { fields[["fget": 0, "fset": 1, "fdel": 2, "doc": 3][k]!] = v }
            if fields[3].isNone && fields[0].isObject && fields[0].asObject.objectKind == .function {
                fields[3] = FunctionObject.field(fields[0].asObject, FunctionObject.doc)
            }
            return .none
        }
        rt.defineConstructor(t.superType) { rt, args in
            guard args.count == 2 else {
                if args.isEmpty { throw PythonError("RuntimeError", "super(): no arguments") }
                throw PythonError("TypeError", "super() takes 2 arguments in tiercel (got \(args.count))")
            }
            guard TypeObject.isType(args[0]) else {
                throw PythonError("TypeError", "super() argument 1 must be a type, not \(rt.typeName(args[0]))")
            }
            let start = args[0].asObject
            let obj = args[1]
            let objType: Value
            if TypeObject.isType(obj) && TypeObject.isSubtype(obj.asObject, start) {
                objType = obj
            } else if TypeObject.isSubtype(rt.typeOf(obj).asObject, start) {
                objType = rt.typeOf(obj)
            } else {
                throw PythonError("TypeError", "super(type, obj): obj must be an instance or subtype of type")
            }
            return try vector(rt, kind: .superObject, [args[0], obj, objType])
        }
        try rt.defineMethod(t.superType, "__getattribute__") { rt, args in
            try Builtins.exactly(2, "__getattribute__", args)
            return try rt.superGetAttr(args[0], args[1])
        }
    }
}

extension Runtime {
    /// locals() of the frame calling the builtin: the module's globals, a
    /// class body's namespace, or a new dict of a function's bound locals.
    func frameLocals() throws -> Value {
        guard let fp = currentFrame else { throw PythonError("SystemError", "locals(): no current frame") }
        let code = self.code(at: Int(fp[-4].asSmallInt))
        if code.isModule { return fp[-5] }
        if code.parameterNames == ["<namespace>"] { return fp[0] }
        return try FrameObject.localsDict(self, code) { fp[$0.0] }
    }

    /// The member types of a types.UnionType (int | str), or nil.
    private func unionArguments(_ v: Value) throws -> Value? {
        guard typeName(v) == "UnionType", let args = try getAttrOrNil(v, try intern("__args__")), TupleObject.isTuple(args) else {
            return nil
        }
        return args
    }

    func isInstance(_ v: Value, _ classes: Value) throws -> Bool {
        if TupleObject.isTuple(classes) {
            let t = classes.asObject
            for i in 0..<TupleObject.count(t) where try isInstance(v, TupleObject.items(t)[i]) { return true }
            return false
        }
        if typeOf(v).bits == classes.bits { return true }
        // A metaclass's (or any checker object's) __instancecheck__ decides, as abc's ABCMeta does.
        if let m = try checkHook(classes, "__instancecheck__") { return try truth(try callSpecial(m, classes, [v])) }
        guard TypeObject.isType(classes) else {
            if let args = try unionArguments(classes) { return try isInstance(v, args) }
            throw PythonError("TypeError", "isinstance() arg 2 must be a type, a tuple of types, or a union")
        }
        return TypeObject.isSubtype(typeOf(v).asObject, classes.asObject)
    }

    func isSubclass(_ c: Value, _ classes: Value) throws -> Bool {
        if TupleObject.isTuple(classes) {
            let t = classes.asObject
            for i in 0..<TupleObject.count(t) where try isSubclass(c, TupleObject.items(t)[i]) { return true }
            return false
        }
        if let m = try checkHook(classes, "__subclasscheck__") { return try truth(try callSpecial(m, classes, [c])) }
        guard TypeObject.isType(c) else { throw PythonError("TypeError", "issubclass() arg 1 must be a class") }
        guard TypeObject.isType(classes) else {
            if let args = try unionArguments(classes) { return try isSubclass(c, args) }
            throw PythonError("TypeError", "issubclass() arg 2 must be a class, a tuple of classes, or a union")
        }
        return TypeObject.isSubtype(c.asObject, classes.asObject)
    }

    /// `__instancecheck__` / `__subclasscheck__` defined in Python on the
    /// type of `classes` (its metaclass, when it is a class); nil for
    /// classes of plain `type`, the common case, without a lookup.
    private func checkHook(_ classes: Value, _ name: String) throws -> Value? {
        guard classes.isObject, !TypeObject.isType(classes) || classes.asObject.objectHeader.pointee.classWord != 0 else { return nil }
        return try userMethod(classes, name)
    }

    func isCallable(_ v: Value) throws -> Bool {
        guard v.isObject else { return false }
        switch v.asObject.objectKind {
        case .function, .builtinFunction, .methodDescriptor, .boundMethod, .type, .staticmethod: return true
        default: return try TypeObject.lookup(self, typeOf(v).asObject, try intern("__call__")) != nil
        }
    }

    /// hash(v) for instances of classes defined in Python.
    func userHash(_ v: Value) throws -> Int64 {
        guard let m = try TypeObject.lookup(self, typeOf(v).asObject, try intern("__hash__")) else {
            return Int64(bitPattern: UInt64(UInt(bitPattern: v.asObject)) >> 4)
        }
        if m.isNone { throw PythonError("TypeError", "unhashable type: '\(typeName(v))'") }
        if m.isObject && m.asObject.objectKind == .methodDescriptor {
            if ImmutableSubclass.isBoxed(v) { return try ops.hash(ImmutableSubclass.unboxed(v)) }
            return Int64(bitPattern: UInt64(UInt(bitPattern: v.asObject)) >> 4)
        }
        let r = try callSpecial(m, v, [])
        guard IntArithmetic.isInt(r) || r.isBool else {
            throw PythonError("TypeError", "__hash__ method should return an integer")
        }
        let h = try ops.hash(r)
        return h == -1 ? -2 : h
    }

    /// Attribute lookup through super(): the MRO of the object's type after
    /// the starting class, with descriptors bound to the object.
    func superGetAttr(_ s: Value, _ name: Value) throws -> Value {
        let fields = ValueVector.values(s.asObject)
        let start = fields[0], obj = fields[1], objType = fields[2]
        let mro = TypeObject.mroItems(objType.asObject)
        var i = 0
        while i < mro.count && mro[i].bits != start.bits { i += 1 }
        i += 1
        if swiftString(name) != "__class__" {
            while i < mro.count {
                if let d = try DictObject.get(TypeObject.field(mro[i].asObject, TypeObject.dict).asObject, name, ops) {
                    if d.isObject {
                        switch d.asObject.objectKind {
                        case .function:
                            return obj.bits == objType.bits ? d : try boundMethod(d, obj)
                        case .methodDescriptor:
                            if natives[Int(ValueVector.values(d.asObject)[0].asSmallInt)].name == "__new__" { return d }
                            if obj.bits == objType.bits && !TypeObject.isSubtype(typeOf(obj).asObject, ValueVector.values(d.asObject)[2].asObject) {
                                return d
                            }
                            return try bind(d, to: obj, type: objType)
                        case .classmethod: return try boundMethod(ValueVector.values(d.asObject)[0], objType)
                        case .staticmethod: return ValueVector.values(d.asObject)[0]
                        case .property: return obj.bits == objType.bits ? d : try bind(d, to: obj, type: objType)
                        default: break
                        }
                    }
                    return d
                }
                i += 1
            }
        }
        if let v = try genericGetAttr(s, name) { return v }
        throw PythonError("AttributeError", "'super' object has no attribute '\(swiftString(name))'")
    }

    /// dict.update(source) for a dict or an iterable of pairs.
    func dictUpdate(_ d: Value, _ source: Value) throws {
        if DictObject.isDict(source) {
            for (k, v) in DictObject.items(source.asObject) { try DictObject.set(heap, d.asObject, k, v, ops) }
            return
        }
        if let keys = try userMethod(source, "keys") {
            try withTemporaryRoots(2) { roots in
                roots[0] = try listFrom(try callSpecial(keys, source, []))
                for k in Builtins.elements(roots[0]) {
                    roots[1] = try getItem(source, k)
                    try DictObject.set(heap, d.asObject, k, roots[1], ops)
                }
            }
            return
        }
        try withTemporaryRoots(2) { roots in
            roots[0] = try listFrom(source)
            for (i, item) in Builtins.elements(roots[0]).enumerated() {
                roots[1] = try rewordingNotIterable(item, "cannot convert dictionary update sequence element #\(i) to a sequence") { try tupleFrom(item) }
                let pair = roots[1].asObject
                guard TupleObject.count(pair) == 2 else {
                    throw PythonError("ValueError", "dictionary update sequence element #\(i) has length \(TupleObject.count(pair)); 2 is required")
                }
                try DictObject.set(heap, d.asObject, TupleObject.items(pair)[0], TupleObject.items(pair)[1], ops)
            }
        }
    }

    /// Where print() writes: `file`, or sys.stdout as it is now; the
    /// original standard streams go straight to the output buffers.
    enum PrintTarget { case output, errorOutput, object(Value) }

    func printTarget(_ file: Value?) throws -> PrintTarget {
        var v = file ?? .none
        if v.isNone {
            v = try DictObject.get(ModuleObject.dict(sysModule.asObject), try intern("stdout"), ops) ?? .none
            if v.isNone { return .output }
        }
        if v.bits == standardStreams.0.bits { return .output }
        if v.bits == standardStreams.1.bits { return .errorOutput }
        return .object(v)
    }
}
