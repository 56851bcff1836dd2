/// BaseExceptionGroup and ExceptionGroup (PEP 654), and the two runtime
/// steps of `except*`: matching a clause against the exception in flight,
/// and deciding what to raise once every clause has run.
///
/// A group keeps its message and its tuple of exceptions in two fixed
/// fields after the exception fields (TypeObject.memberSlots), so Python
/// subclasses inherit them and they never show in `__dict__`.
enum ExceptionGroups {
    static let messageField = 0, exceptionsField = 1

    static func isGroup(_ rt: Runtime, _ v: Value) -> Bool {
        ExceptionObject.isInstance(v) && TypeObject.isSubtype(rt.typeOf(v).asObject, rt.types.baseExceptionGroup.asObject)
    }

    static func exceptions(_ g: Value) -> UnsafeBufferPointer<Value> {
        let t = Instance.memberSlot(g.asObject, exceptionsField).pointee.asObject
        return UnsafeBufferPointer(start: TupleObject.items(t), count: TupleObject.count(t))
    }

    /// str(group): "message (N sub-exceptions)".
    static func describe(_ rt: Runtime, _ g: Value) -> String {
        let n = exceptions(g).count
        return "\(rt.swiftString(Instance.memberSlot(g.asObject, messageField).pointee)) (\(n) sub-exception\(n == 1 ? "" : "s"))"
    }

    static func install(_ rt: Runtime) throws {
        let base = rt.pin(try TypeObject.make(rt, name: "BaseExceptionGroup", bases: [rt.types.baseException], dict: nil,
                                              instanceKind: .exception, flags: TypeObject.baseType))
        TypeObject.set(base.asObject, TypeObject.memberSlots, Value(uncheckedSmallInt: 2))
        rt.types.baseExceptionGroup = base
        let group = rt.pin(try TypeObject.make(rt, name: "ExceptionGroup", bases: [base, try rt.builtin("Exception")], dict: nil,
                                               instanceKind: .exception, flags: TypeObject.baseType))
        rt.types.exceptionGroup = group
        try rt.setBuiltin("BaseExceptionGroup", base)
        try rt.setBuiltin("ExceptionGroup", group)

        try rt.defineMethod(base, "__new__") { rt, args in
            guard let cls = args.first, TypeObject.isType(cls) else {
                throw PythonError("TypeError", "BaseExceptionGroup.__new__(X): X is not a type object")
            }
            return try make(rt, cls, Array(args.dropFirst()))
        }
        try rt.defineMethod(base, "__init__") { rt, args in
            ValueVector.values(args[0].asObject)[ExceptionObject.argsField] = try rt.tuple(Array(args.dropFirst()))
            return .none
        }
        try rt.defineMethod(base, "__str__") { rt, args in try rt.makeStr(describe(rt, args[0])) }
        try rt.defineProperty(base, "message") { _, v in Instance.memberSlot(v.asObject, messageField).pointee }
        try rt.defineProperty(base, "exceptions") { _, v in Instance.memberSlot(v.asObject, exceptionsField).pointee }
        try rt.defineMethod(base, "derive") { rt, args in
            try BuiltinMethods.arity("derive", args, 1...1)
            return try rt.call(base, [Instance.memberSlot(args[0].asObject, messageField).pointee, args[1]])
        }
        try rt.defineMethod(base, "split") { rt, args in
            try BuiltinMethods.arity("split", args, 1...1)
            let (match, rest) = try split(rt, args[0], try Condition(rt, args[1]))
            return try rt.tuple([match ?? .none, rest ?? .none])
        }
        try rt.defineMethod(base, "subgroup") { rt, args in
            try BuiltinMethods.arity("subgroup", args, 1...1)
            return try split(rt, args[0], try Condition(rt, args[1]), wantRest: false).0 ?? .none
        }
        try rt.defineClassMethod(base, "__class_getitem__") { rt, args in
            let alias = try rt.getAttr(try rt.loadModule("types"), try rt.intern("GenericAlias"))
            return try rt.call(alias, [args[0], args[1]])
        }
    }

    /// BaseExceptionGroup.__new__(cls, message, exceptions) with CPython's checks.
    static func make(_ rt: Runtime, _ requested: Value, _ args: [Value]) throws -> Value {
        guard args.count == 2 else {
            throw PythonError("TypeError", "BaseExceptionGroup.__new__() takes exactly 2 arguments (\(args.count) given)")
        }
        let message = args[0], given = args[1]
        guard StrObject.isStr(message) else {
            throw PythonError("TypeError", "BaseExceptionGroup.__new__() argument 1 must be str, not \(rt.typeName(message))")
        }
        var isSequence = given.isObject && [.list, .tuple].contains(given.asObject.objectKind)
        if !isSequence {
            isSequence = try rt.userMethod(given, "__getitem__") != nil && rt.userMethod(given, "__len__") != nil
        }
        guard isSequence, !DictObject.isDict(given), !StrObject.isStr(given) else {
            throw PythonError("TypeError", "second argument (exceptions) must be a sequence")
        }
        return try rt.withTemporaryRoots(2) { roots in
            roots[0] = try rt.tupleFrom(given)
            let items = UnsafeBufferPointer(start: TupleObject.items(roots[0].asObject), count: TupleObject.count(roots[0].asObject))
            if items.isEmpty { throw PythonError("ValueError", "second argument (exceptions) must be a non-empty sequence") }
            var allExceptions = true
            let exception = try rt.builtin("Exception").asObject
            for (i, e) in items.enumerated() {
                guard ExceptionObject.isInstance(e) else {
                    throw PythonError("ValueError", "Item \(i) of second argument (exceptions) is not an exception")
                }
                if !TypeObject.isSubtype(rt.typeOf(e).asObject, exception) { allExceptions = false }
            }
            var cls = requested
            if cls.bits == rt.types.baseExceptionGroup.bits {
                if allExceptions { cls = rt.types.exceptionGroup }
            } else if cls.bits == rt.types.exceptionGroup.bits {
                if !allExceptions { throw PythonError("TypeError", "Cannot nest BaseExceptions in an ExceptionGroup") }
            } else if !allExceptions && TypeObject.isSubtype(cls.asObject, exception) {
                throw PythonError("TypeError", "Cannot nest BaseExceptions in '\(TypeObject.nameString(rt, cls.asObject))'")
            }
            roots[1] = try ExceptionObject.instance(rt, type: cls, args: [message, given])
            Instance.memberSlot(roots[1].asObject, messageField).pointee = message
            Instance.memberSlot(roots[1].asObject, exceptionsField).pointee = roots[0]
            return roots[1]
        }
    }

    /// What split() and subgroup() select by: a type, a tuple of types, a
    /// predicate, or (for except*) a set of leaf exceptions by identity.
    enum Condition {
        case types(Value)
        case predicate(Value)
        case leaves(Set<UInt64>)

        init(_ rt: Runtime, _ v: Value) throws {
            func isTypes(_ v: Value) -> Bool {
                if ExceptionObject.isExceptionType(rt, v) { return true }
                guard TupleObject.isTuple(v) else { return false }
                let t = v.asObject
                return (0..<TupleObject.count(t)).allSatisfy { ExceptionObject.isExceptionType(rt, TupleObject.items(t)[$0]) }
            }
            if isTypes(v) {
                self = .types(v)
            } else if try rt.isCallable(v) {
                self = .predicate(v)
            } else {
                throw PythonError("TypeError", "expected a function, exception type or tuple of exception types")
            }
        }

        func matches(_ rt: Runtime, _ e: Value) throws -> Bool {
            switch self {
            case .types(let t): return try ExceptionObject.matches(rt, e, t)
            case .predicate(let f): return try rt.truth(try rt.call(f, [e]))
            case .leaves(let set): return set.contains(e.bits)
            }
        }
    }

    /// (the part of `e` that matches, the rest), each nil when empty; the
    /// derived groups keep `e`'s message, traceback, cause, context and notes.
    static func split(_ rt: Runtime, _ e: Value, _ condition: Condition, wantRest: Bool = true) throws -> (Value?, Value?) {
        if try condition.matches(rt, e) { return (e, nil) }
        guard isGroup(rt, e) else { return (nil, e) }
        return try rt.withTemporaryRoots(4) { roots in
            roots[0] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
            roots[1] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
            for item in exceptions(e) {
                let (m, r) = try split(rt, item, condition, wantRest: wantRest)
                if let m { try ListObject.append(rt, roots[0].asObject, m) }
                if let r, wantRest { try ListObject.append(rt, roots[1].asObject, r) }
            }
            func derived(_ list: Value) throws -> Value? {
                guard ListObject.count(list.asObject) > 0 else { return nil }
                let g = try rt.call(try rt.getAttr(e, try rt.intern("derive")), [list])
                guard ExceptionObject.isInstance(g) else { return g }
                let from = ValueVector.values(e.asObject), to = ValueVector.values(g.asObject)
                for f in [ExceptionObject.tracebackField, ExceptionObject.causeField, ExceptionObject.contextField, ExceptionObject.suppressField] {
                    to[f] = from[f]
                }
                let notes = try rt.intern("__notes__")
                if let n = try Instance.get(rt, e.asObject, notes) { try Instance.set(rt, g.asObject, notes, n) }
                return g
            }
            roots[2] = try derived(roots[0]) ?? .empty
            roots[3] = try derived(roots[1]) ?? .empty
            return (roots[2].isEmpty ? nil : roots[2], roots[3].isEmpty ? nil : roots[3])
        }
    }

    // MARK: except*

    /// CHECK_EG_MATCH: the part of `exception` an `except* type` clause
    /// takes (None when nothing matches) and what is left for later clauses.
    static func match(_ rt: Runtime, _ exception: Value, _ type: Value) throws -> (match: Value, rest: Value) {
        try checkClauseType(rt, type)
        if exception.isNone { return (.none, .none) }
        if try ExceptionObject.matches(rt, exception, type) {
            if isGroup(rt, exception) { return (exception, .none) }
            // A naked exception is wrapped in a group for the handler.
            return try rt.withTemporaryRoots(1) { roots in
                roots[0] = try rt.tuple([exception])
                let wrapped = try make(rt, rt.types.baseExceptionGroup, [try rt.makeStr(""), roots[0]])
                ValueVector.values(wrapped.asObject)[ExceptionObject.tracebackField] =
                    ValueVector.values(exception.asObject)[ExceptionObject.tracebackField]
                return (wrapped, .none)
            }
        }
        guard isGroup(rt, exception) else { return (.none, exception) }
        let (m, r) = try split(rt, exception, try Condition(rt, type))
        return (m ?? .none, r ?? .none)
    }

    private static func checkClauseType(_ rt: Runtime, _ type: Value) throws {
        let types: [Value] = TupleObject.isTuple(type)
            ? Array(UnsafeBufferPointer(start: TupleObject.items(type.asObject), count: TupleObject.count(type.asObject))) : [type]
        for t in types {
            guard ExceptionObject.isExceptionType(rt, t) else {
                throw PythonError("TypeError", "catching classes that do not inherit from BaseException is not allowed")
            }
            if TypeObject.isSubtype(t.asObject, rt.types.baseExceptionGroup.asObject) {
                throw PythonError("TypeError", "catching ExceptionGroup with except* is not allowed. Use except instead.")
            }
        }
    }

    /// PREP_RERAISE_STAR: what leaves the try statement once every clause
    /// has run: None, or the original's unhandled and re-raised leaves (in
    /// its own structure) grouped with what the handlers raised.
    /// `reraised` lists the handlers' bare re-raises.
    static func prepareReraise(_ rt: Runtime, original: Value, raised: Value, reraised: Value, rest: Value) throws -> Value {
        let raisedItems = Array(Builtins.elements(raised))
        let reraisedItems = Array(Builtins.elements(reraised))
        if !isGroup(rt, original) {
            // A naked exception: at most one clause ran (a bare raise there
            // re-raises the group it was wrapped in).
            return raisedItems.first ?? rest
        }
        var kept: [Value] = rest.isNone ? [] : [rest]
        var fresh: [Value] = []
        for e in raisedItems {
            if reraisedItems.contains(where: { $0.bits == e.bits }) { kept.append(e) } else { fresh.append(e) }
        }
        if kept.isEmpty && fresh.isEmpty { return .none }
        return try rt.withTemporaryRoots(3) { roots in
            roots[0] = try rt.tuple(kept + fresh)
            // The original's leaves that were re-raised or left unhandled, in its structure.
            var leaves = Set<UInt64>()
            func collect(_ v: Value) {
                if isGroup(rt, v) { for x in exceptions(v) { collect(x) } } else { leaves.insert(v.bits) }
            }
            for k in kept { collect(k) }
            roots[1] = kept.isEmpty ? .none : try split(rt, original, .leaves(leaves)).0 ?? .none
            if fresh.isEmpty { return roots[1] }
            var all = fresh
            if !roots[1].isNone { all.append(roots[1]) }
            if all.count == 1 { return all[0] }
            roots[2] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
            for e in all { try ListObject.append(rt, roots[2].asObject, e) }
            return try make(rt, rt.types.baseExceptionGroup, [try rt.makeStr(""), roots[2]])
        }
    }
}
