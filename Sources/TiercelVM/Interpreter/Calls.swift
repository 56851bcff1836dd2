/// Calling any callable from native code, calling types (`__new__` and
/// `__init__`), and binding arguments to a Python function's parameters.
///
/// GC rule for callers: the values in `args` and `keywords` must be held
/// elsewhere in precise roots (registers, temporary roots) until the call
/// returns; the arrays themselves are not scanned.
extension Runtime {
    func call(_ callee: Value, _ args: [Value], keywords: [(Value, Value)] = []) throws -> Value {
        guard callee.isObject else { throw notCallable(callee) }
        let o = callee.asObject
        switch o.objectKind {
        case .function:
            return try args.withUnsafeBufferPointer { a in
                try interpreter.callFunction(o, selfValue: .empty, args: a, keywords: keywords)
            }
        case .boundMethod:
            let f = ValueVector.values(o)[0], receiver = ValueVector.values(o)[1]
            if f.isObject && f.asObject.objectKind == .function {
                return try args.withUnsafeBufferPointer { a in
                    try interpreter.callFunction(f.asObject, selfValue: receiver, args: a, keywords: keywords)
                }
            }
            return try call(f, [receiver] + args, keywords: keywords)
        case .builtinFunction:
            let receiver = ValueVector.values(o)[2]
            let index = Int(ValueVector.values(o)[0].asSmallInt)
            let result = try callNative(index, receiver.isEmpty ? args : [receiver] + args, keywords: keywords)
            return try ImmutableSubclass.unlessReceiver(self, result, receiver)
        case .methodDescriptor:
            let index = Int(ValueVector.values(o)[0].asSmallInt)
            let owner = ValueVector.values(o)[2]
            let name = natives[index].name
            if args.isEmpty || !TypeObject.isSubtype(typeOf(args[0]).asObject, owner.asObject) && name != "__new__" {
                let ownerName = TypeObject.nameString(self, owner.asObject)
                if args.isEmpty {
                    throw PythonError("TypeError", "unbound method \(ownerName).\(name)() needs an argument")
                }
                throw PythonError("TypeError", "descriptor '\(name)' for '\(ownerName)' objects doesn't apply to a '\(typeName(args[0]))' object")
            }
            if ImmutableSubclass.isBoxed(args[0]) && ImmutableSubclass.unboxesReceiver(self, owner) {
                return try callNative(index, [ImmutableSubclass.unboxed(args[0])] + args.dropFirst(), keywords: keywords)
            }
            return try ImmutableSubclass.unlessReceiver(self, try callNative(index, args, keywords: keywords), args[0])
        case .type:
            return try callType(callee, args, keywords: keywords)
        case .staticmethod:
            return try call(ValueVector.values(o)[0], args, keywords: keywords)
        default:
            if let method = try TypeObject.lookup(self, typeOf(callee).asObject, try intern("__call__")) {
                return try call(method, [callee] + args, keywords: keywords)
            }
            throw notCallable(callee)
        }
    }

    func notCallable(_ v: Value) -> PythonError {
        PythonError("TypeError", "'\(typeName(v))' object is not callable")
    }

    /// Runs a native called without keywords: one called inside another
    /// native's keyword call must not see that call's keywords.
    @inline(__always) func withoutKeywords<T>(_ body: () throws -> T) rethrows -> T {
        if pendingKeywords.isEmpty { return try body() }
        let saved = pendingKeywords
        pendingKeywords = []
        defer { pendingKeywords = saved }
        return try body()
    }

    func callNative(_ index: Int, _ args: [Value], keywords: [(Value, Value)]) throws -> Value {
        let native = natives[index]
        if !keywords.isEmpty {
            guard let accepted = native.keywords else {
                if native.name == "__init_subclass__", let cls = args.first, TypeObject.isType(cls) {
                    throw PythonError("TypeError", "\(TypeObject.nameString(self, cls.asObject)).__init_subclass__() takes no keyword arguments")
                }
                throw PythonError("TypeError", "\(native.name)() takes no keyword arguments")
            }
            for (name, _) in keywords where !accepted.contains("*") && !accepted.contains(swiftString(name)) {
                // sorted() hands its keywords to list.sort, which names itself.
                let shown = native.name == "sorted" ? "sort" : native.name
                throw PythonError("TypeError", "'\(swiftString(name))' is an invalid keyword argument for \(shown)()")
            }
        }
        let saved = pendingKeywords
        pendingKeywords = keywords.map { (swiftString($0.0), $0.1) }
        defer { pendingKeywords = saved }
        return try args.withUnsafeBufferPointer { try native.body(self, $0) }
    }

    /// `type(args)`: a built-in type's native constructor, or `__new__`
    /// then `__init__` for classes.
    func callType(_ type: Value, _ args: [Value], keywords: [(Value, Value)] = []) throws -> Value {
        if type.asObject.objectHeader.pointee.classWord != 0, let m = try userMethod(type, "__call__") {
            return try callSpecial(m, type, args, keywords: keywords)
        }
        return try construct(type, args, keywords: keywords)
    }

    /// type.__call__: the construction itself, below any metaclass __call__.
    func construct(_ type: Value, _ args: [Value], keywords: [(Value, Value)] = []) throws -> Value {
        let t = type.asObject
        // A native constructor belongs to its own type (subclasses do not inherit the field).
        let ownConstructor = TypeObject.field(t, TypeObject.constructor)
        if ownConstructor.isSmallInt { return try callNative(Int(ownConstructor.asSmallInt), args, keywords: keywords) }
        if TypeObject.flags(t) & TypeObject.heapType == 0 {
            let kind = TypeObject.instanceKind(t)
            guard kind == .exception || kind == .instance || kind == .module else {
                throw PythonError("TypeError", "cannot create '\(TypeObject.nameString(self, t))' instances")
            }
        }
        return try withTemporaryRoots(1) { roots in
            roots[0] = try newInstance(type, args, keywords: keywords)
            let instance = roots[0]
            guard TypeObject.isSubtype(typeOf(instance).asObject, t) else { return instance }
            let initializer = try TypeObject.lookup(self, t, try intern("__init__"))!
            if initializer.bits == objectInit.bits { return instance }
            if initializer.isObject && initializer.asObject.objectKind == .methodDescriptor {
                _ = try call(initializer, [instance] + args, keywords: keywords)
                return instance
            }
            let result = try call(initializer, [instance] + args, keywords: keywords)
            if !result.isNone {
                throw PythonError("TypeError", "__init__() should return None, not '\(typeName(result))'")
            }
            return instance
        }
    }

    /// The `__new__` step of calling class `type`.
    func newInstance(_ type: Value, _ args: [Value], keywords: [(Value, Value)]) throws -> Value {
        let t = type.asObject
        let constructor = try TypeObject.lookup(self, t, try intern("__new__"))
        if let c = constructor, c.bits != objectNew.bits {
            return try call(c, [type] + args, keywords: keywords)
        }
        if !args.isEmpty || !keywords.isEmpty, TypeObject.instanceKind(t) != .exception,
           let initializer = try TypeObject.lookup(self, t, try intern("__init__")), initializer.bits == objectInit.bits {
            throw PythonError("TypeError", "\(TypeObject.nameString(self, t))() takes no arguments")
        }
        return try allocateInstance(type, args)
    }

    /// A class with abstract methods (abc sets `__abstractmethods__`) cannot be instantiated.
    func checkNotAbstract(_ type: Value) throws {
        guard let names = try TypeObject.lookup(self, type.asObject, try intern("__abstractmethods__")), names.isObject,
              SetObject.isSet(names), SetObject.count(names.asObject) > 0 else { return }
        let sorted = try SetObject.items(names.asObject).map { try str($0) }.sorted()
        throw PythonError("TypeError", "Can't instantiate abstract class \(TypeObject.nameString(self, type.asObject)) with abstract method\(sorted.count == 1 ? "" : "s") \(sorted.joined(separator: ", "))")
    }

    /// object.__new__(type): an empty instance of the right built-in kind.
    func allocateInstance(_ type: Value, _ args: [Value]) throws -> Value {
        try checkNotAbstract(type)
        switch TypeObject.instanceKind(type.asObject) {
        case .exception:
            if TypeObject.isSubtype(type.asObject, try builtin("OSError").asObject) {
                return try OSErrors.instance(self, type: type, args: args)
            }
            return try ExceptionObject.instance(self, type: type, args: args)
        case .instance: return try Instance.make(self, type: type)
        case .dict, .list:
            // A Python subclass of dict or list: the built-in object, with its
            // class in the class word and a slot for its attribute dict.
            let o = try BuiltinSubclass.allocate(self, type)
            return o
        case .module:
            // types.ModuleType(name) or a subclass: an empty namespace that module.__init__ fills.
            return try withTemporaryRoots(1) { roots in
                roots[0] = try newDict()
                let m = try ModuleObject.make(self, name: "?", dict: roots[0])
                if TypeObject.flags(type.asObject) & TypeObject.heapType != 0 {
                    m.asObject.objectHeader.pointee.classWord = UInt64(UInt(bitPattern: TypeObject.field(type.asObject, TypeObject.rootShape).asObject))
                }
                return m
            }
        case .classmethod, .staticmethod, .property:
            // A Python subclass of a descriptor type: the built-in layout with
            // the subclass as its class; __init__ fills the fields.
            let kind = TypeObject.instanceKind(type.asObject)
            let d = try vector(self, kind: kind, [Value](repeating: .none, count: kind == .property ? 5 : 1))
            d.asObject.objectHeader.pointee.classWord = UInt64(UInt(bitPattern: TypeObject.field(type.asObject, TypeObject.rootShape).asObject))
            return d
        default:
            throw PythonError("TypeError", "object.__new__(\(TypeObject.nameString(self, type.asObject))) is not safe, use \(TypeObject.nameString(self, type.asObject)).__new__()")
        }
    }
}

extension Runtime {
    /// For the interpreter's inline call of a class: when `type` makes its
    /// instances with object.__new__ and initializes them with a Python
    /// `__init__`, the new instance and that function (whose frame the
    /// interpreter pushes itself). Otherwise nil: the generic path runs.
    func prepareConstruction(_ type: Value, _ args: UnsafeMutablePointer<Value>, _ positional: Int,
                             _ names: UnsafeMutablePointer<Value>?, _ keywordCount: Int) throws -> (UnsafeMutableRawPointer, Value)? {
        let t = type.asObject
        let version = TypeObject.field(t, TypeObject.version)
        var initializer = TypeObject.field(t, TypeObject.initCache)
        if TypeObject.field(t, TypeObject.initCacheVersion).bits != version.bits {
            initializer = .none
            if t.objectHeader.pointee.classWord == 0, TypeObject.flags(t) & TypeObject.heapType != 0,
               try TypeObject.lookup(self, t, try intern("__abstractmethods__")) == nil,
               let constructor = try TypeObject.lookup(self, t, self.names.new), constructor.bits == objectNew.bits,
               let i = try TypeObject.lookup(self, t, self.names.initializer), i.isObject, i.asObject.objectKind == .function {
                initializer = i
            }
            TypeObject.set(t, TypeObject.initCache, initializer)
            TypeObject.set(t, TypeObject.initCacheVersion, version)
        }
        guard initializer.isObject else { return nil }
        if TypeObject.instanceKind(t) == .instance { return (initializer.asObject, try Instance.make(self, type: type)) }
        let instance = try allocateInstance(type, Array(UnsafeBufferPointer(start: args, count: positional)))
        return (initializer.asObject, instance)
    }

    /// The method `name` of `receiver` when calling it needs no bound method
    /// object (a Python function or a native method on its type), or `empty`.
    /// Fills the call's inline cache.
    func methodForCall(_ receiver: Value, _ name: Value, _ cache: UnsafeMutablePointer<Value>) throws -> Value {
        let t = typeOf(receiver)
        let classWord: UInt64 = receiver.isObject ? receiver.asObject.objectHeader.pointee.classWord : 0
        let key = classWord != 0 ? Value.objectTag << Value.tagShift | classWord : t.bits
        let version = TypeObject.field(t.asObject, TypeObject.version)
        if cache[0].bits == key && cache[1].bits == version.bits { return cache[3] }
        if TypeObject.isType(receiver) || TypeObject.flags(t.asObject) & TypeObject.customAttributes != 0 { return .empty }
        guard let d = try TypeObject.lookup(self, t.asObject, name), d.isObject,
              d.asObject.objectKind == .function || d.asObject.objectKind == .methodDescriptor else { return .empty }
        if d.asObject.objectKind == .methodDescriptor && receiver.isObject
            && receiver.asObject.objectHeader.pointee.kindAndFlags & (ObjectFlags.boxedValue | ObjectFlags.trailingSlot) != 0 {
            return .empty
        }
        var cacheable = true
        if receiver.isObject {
            let o = receiver.asObject
            switch o.objectKind {
            case .instance, .exception:
                if try Instance.get(self, o, name) != nil { return .empty }
                cacheable = !Shape.isDictMode(Shape.of(o))
            case .module, .function, .type, .superObject:
                return .empty
            default: break
            }
        }
        if cacheable {
            cache[0] = Value(bits: key)
            cache[1] = version
            cache[2] = Value(uncheckedSmallInt: -1)
            cache[3] = d
        }
        return d
    }

    /// LOAD_GLOBAL's slow path. The cache keeps the globals dict, its keys
    /// version and the entry holding the name (entry e of builtins as
    /// -1 - e, with builtins' keys version), so the next load reads the
    /// value in place while neither dict gains or loses a key.
    func loadGlobal(_ globals: Value, _ name: Value, _ cache: UnsafeMutablePointer<Value>) throws -> Value {
        let g = globals.asObject, b = builtins.asObject
        if let e = try DictObject.entry(g, name, ops) {
            cache[0] = globals
            cache[1] = DictObject.slots(g)[DictObject.versionSlot]
            cache[2] = Value(uncheckedSmallInt: Int64(e))
            return DictObject.entryTable(g)[2 * e + 1]
        }
        if let e = try DictObject.entry(b, name, ops) {
            cache[0] = globals
            cache[1] = DictObject.slots(g)[DictObject.versionSlot]
            cache[2] = Value(uncheckedSmallInt: Int64(-1 - e))
            cache[3] = DictObject.slots(b)[DictObject.versionSlot]
            return DictObject.entryTable(b)[2 * e + 1]
        }
        throw PythonError("NameError", "name '\(swiftString(name))' is not defined", name: name)
    }

    /// LOAD_ATTR's slow path; caches instance slots found through the shape.
    func loadAttribute(_ v: Value, _ name: Value, _ cache: UnsafeMutablePointer<Value>) throws -> Value {
        let result = try getAttr(v, name)
        if let (shape, version, slot) = try cacheableSlot(v, name) {
            cache[0] = shape
            cache[1] = version
            cache[2] = Value(uncheckedSmallInt: Int64(slot))
            cache[3] = .none
        }
        return result
    }

    /// STORE_ATTR's slow path. Caches a store to an existing slot (cache[3]
    /// None), or the shape transition an added attribute takes (cache[3] the
    /// new shape), which every instance built by the same `__init__` repeats.
    func storeAttribute(_ v: Value, _ name: Value, _ value: Value, _ cache: UnsafeMutablePointer<Value>) throws {
        let before: UInt64 = v.isObject ? v.asObject.objectHeader.pointee.classWord : 0
        try setAttr(v, name, value)
        guard let (shape, version, slot) = try cacheableSlot(v, name) else { return }
        if before == v.asObject.objectHeader.pointee.classWord {
            cache[0] = shape
            cache[3] = .none
        } else {
            cache[0] = Value(bits: Value.objectTag << Value.tagShift | before)
            cache[3] = shape
        }
        cache[1] = version
        cache[2] = Value(uncheckedSmallInt: Int64(slot))
    }

    /// (shape, type version, slot) when `name` is an instance slot of `v` that
    /// no descriptor or attribute hook on its type can intercept.
    private func cacheableSlot(_ v: Value, _ name: Value) throws -> (Value, Value, Int)? {
        guard v.isObject, Instance.hasSlots(v.asObject) else { return nil }
        let o = v.asObject
        let shape = Shape.of(o)
        guard !Shape.isDictMode(shape) else { return nil }
        let t = Shape.typeOf(shape: shape)
        guard TypeObject.flags(t.asObject) & TypeObject.customAttributes == 0 else { return nil }
        if o.objectKind == .exception {
            switch swiftString(name) {
            case "args", "__cause__", "__context__", "__traceback__", "__suppress_context__": return nil
            default: break
            }
        }
        if let d = try TypeObject.lookup(self, t.asObject, name), try isDataDescriptor(d) { return nil }
        guard let slot = try Shape.slot(self, shape, name) else { return nil }
        return (Value(object: shape), TypeObject.field(t.asObject, TypeObject.version), slot)
    }

    /// What `raise v` raises: an instance (a class is called with no arguments).
    func exceptionToRaise(_ v: Value) throws -> Value {
        var e = v
        if TypeObject.isType(e) {
            guard ExceptionObject.isExceptionType(self, e) else {
                throw PythonError("TypeError", "exceptions must derive from BaseException")
            }
            e = try callType(e, [])
        }
        guard ExceptionObject.isInstance(e) else {
            throw PythonError("TypeError", "exceptions must derive from BaseException")
        }
        return e
    }

    /// Adds (code, pc, globals) to the exception's traceback, kept as a list
    /// [code index, offset, globals, ...], innermost frame first.
    /// Adds the frame at `fp` to `e`'s traceback as it leaves (or is raised
    /// in) that frame. `fromCallee`: the current head is the entry of the
    /// frame this one called, whose f_back this frame is.
    func recordTraceback(_ e: Value, fp: UnsafeMutablePointer<Value>, pc: Int, fromCallee: Bool) {
        let fields = ValueVector.values(e.asObject)
        _ = try? withTemporaryRoots(1) { roots in
            roots[0] = try FrameObject.make(self, fp: fp, pc: pc, back: .none)
            let head = fields[ExceptionObject.tracebackField]
            if fromCallee && TracebackObject.isTraceback(head) {
                let calleeFrame = ValueVector.values(head.asObject)[TracebackObject.frame]
                ValueVector.values(calleeFrame.asObject)[FrameObject.back] = roots[0]
            }
            fields[ExceptionObject.tracebackField] = try TracebackObject.make(self, next: head, frame: roots[0], pc: pc)
        }
    }
}

/// Binding a call's arguments to a function's parameter registers, with
/// CPython's rules and messages (defaults, keyword-only, *args, **kwargs).
enum ArgumentBinder {
    /// `frame` has `code.registerCount` slots set to `empty` and is already
    /// inside the VM stack's scanned range, so allocations here are safe.
    static func bind(_ rt: Runtime, _ code: CodeBlock, _ f: UnsafeMutableRawPointer, frame: UnsafeMutablePointer<Value>,
                     selfValue: Value, args: UnsafePointer<Value>?, count: Int,
                     keywordNames: UnsafePointer<Value>?, keywordValues: UnsafePointer<Value>?, keywordCount: Int) throws {
        let p = code.argCount
        let offset = selfValue.isEmpty ? 0 : 1
        let given = count + offset
        if offset == 1 && p > 0 { frame[0] = selfValue }
        let direct = min(count, p - offset)
        for i in 0..<max(direct, 0) { frame[offset + i] = args![i] }
        var varargsRegister = -1, varkwRegister = -1
        var next = p + code.kwOnlyCount
        if code.hasVarargs { varargsRegister = next; next += 1 }
        if code.hasVarkw { varkwRegister = next }
        if given > p {
            if varargsRegister >= 0 {
                var extra: [Value] = []
                if offset == 1 && p == 0 { extra.append(selfValue) }
                for i in max(direct, 0)..<count { extra.append(args![i]) }
                frame[varargsRegister] = try rt.tuple(extra)
            } else {
                throw tooMany(rt, code, f, given: given, keywordNames: keywordNames, keywordCount: keywordCount)
            }
        } else if varargsRegister >= 0 {
            frame[varargsRegister] = try rt.tuple([])
        }
        if varkwRegister >= 0 { frame[varkwRegister] = try rt.newDict() }
        var positionalOnlyPassed: [String] = []
        for k in 0..<keywordCount {
            let name = keywordNames![k]
            let value = keywordValues![k]
            var slot = -1
            for i in code.posOnlyCount..<(p + code.kwOnlyCount) where code.parameterNameValues[i].bits == name.bits {
                slot = i
                break
            }
            if slot < 0 {
                let s = rt.swiftString(name)
                if let i = code.parameterNames[code.posOnlyCount..<(p + code.kwOnlyCount)].firstIndex(of: s) { slot = i }
                if slot < 0 {
                    if varkwRegister >= 0 {
                        try DictObject.set(rt.heap, frame[varkwRegister].asObject, name, value, rt.ops)
                        continue
                    }
                    if code.parameterNames[0..<code.posOnlyCount].contains(s) {
                        positionalOnlyPassed.append(s)
                        continue
                    }
                    throw PythonError("TypeError", "\(qualname(rt, f))() got an unexpected keyword argument '\(s)'")
                }
            }
            if !frame[slot].isEmpty {
                throw PythonError("TypeError", "\(qualname(rt, f))() got multiple values for argument '\(code.parameterNames[slot])'")
            }
            frame[slot] = value
        }
        if !positionalOnlyPassed.isEmpty {
            throw PythonError("TypeError", "\(qualname(rt, f))() got some positional-only arguments passed as keyword arguments: '\(positionalOnlyPassed.joined(separator: ", "))'")
        }
        let defaults = FunctionObject.field(f, FunctionObject.defaults)
        if defaults.isObject {
            let d = defaults.asObject
            let m = TupleObject.count(d)
            for i in max(p - m, 0)..<p where frame[i].isEmpty { frame[i] = TupleObject.items(d)[i - (p - m)] }
        }
        let missing = (0..<p).filter { frame[$0].isEmpty }.map { code.parameterNames[$0] }
        if !missing.isEmpty { throw missingError(rt, f, missing, kind: "positional") }
        if code.kwOnlyCount > 0 {
            let kwdefaults = FunctionObject.field(f, FunctionObject.kwdefaults)
            for i in p..<(p + code.kwOnlyCount) where frame[i].isEmpty && kwdefaults.isObject {
                if let v = try DictObject.get(kwdefaults.asObject, code.parameterNameValues[i], rt.ops) { frame[i] = v }
            }
            let missingKw = (p..<(p + code.kwOnlyCount)).filter { frame[$0].isEmpty }.map { code.parameterNames[$0] }
            if !missingKw.isEmpty { throw missingError(rt, f, missingKw, kind: "keyword-only") }
        }
    }

    static func qualname(_ rt: Runtime, _ f: UnsafeMutableRawPointer) -> String {
        rt.swiftString(FunctionObject.field(f, FunctionObject.qualname))
    }

    private static func tooMany(_ rt: Runtime, _ code: CodeBlock, _ f: UnsafeMutableRawPointer, given: Int,
                                keywordNames: UnsafePointer<Value>?, keywordCount: Int) -> PythonError {
        let p = code.argCount
        let defaults = FunctionObject.field(f, FunctionObject.defaults)
        let m = defaults.isObject ? TupleObject.count(defaults.asObject) : 0
        let takes: String
        if m > 0 {
            takes = "from \(p - m) to \(p) positional arguments"
        } else {
            takes = "\(p) positional argument\(p == 1 ? "" : "s")"
        }
        var keywordOnlyGiven = 0
        for k in 0..<keywordCount {
            let s = rt.swiftString(keywordNames![k])
            if let i = code.parameterNames.firstIndex(of: s), i >= p, i < p + code.kwOnlyCount { keywordOnlyGiven += 1 }
        }
        if keywordOnlyGiven > 0 {
            return PythonError("TypeError", "\(qualname(rt, f))() takes \(takes) but \(given) positional argument\(given == 1 ? "" : "s") (and \(keywordOnlyGiven) keyword-only argument\(keywordOnlyGiven == 1 ? "" : "s")) were given")
        }
        return PythonError("TypeError", "\(qualname(rt, f))() takes \(takes) but \(given) \(given == 1 ? "was" : "were") given")
    }

    private static func missingError(_ rt: Runtime, _ f: UnsafeMutableRawPointer, _ names: [String], kind: String) -> PythonError {
        let quoted = names.map { "'\($0)'" }
        let list: String
        switch quoted.count {
        case 1: list = quoted[0]
        case 2: list = "\(quoted[0]) and \(quoted[1])"
        default: list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
        }
        let plural = quoted.count == 1 ? "" : "s"
        return PythonError("TypeError", "\(qualname(rt, f))() missing \(quoted.count) required \(kind) argument\(plural): \(list)")
    }
}
