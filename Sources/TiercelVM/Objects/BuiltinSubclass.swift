/// Instances of Python subclasses of dict and list. They are dict and list
/// objects, so every built-in operation applies, with the subclass in the
/// class word and one extra slot for their attribute dict (made when the
/// first attribute is set):
///
///     dict: the six dict slots, one reserved slot, the attribute dict
///     list: [count, storage, attribute dict]
enum BuiltinSubclass {
    static func allocate(_ rt: Runtime, _ type: Value) throws -> Value {
        let v: Value
        switch TypeObject.instanceKind(type.asObject) {
        case .dict:
            v = try DictObject.make(rt.heap, extraSlots: 2)
        default:
            v = try rt.withTemporaryRoots(1) { roots in
                roots[0] = try vector(rt, kind: .other, [Value](repeating: .none, count: 4))
                return try vector(rt, kind: .list, [Value(uncheckedSmallInt: 0), roots[0], .none])
            }
        }
        v.asObject.objectHeader.pointee.classWord = UInt64(UInt(bitPattern: TypeObject.field(type.asObject, TypeObject.rootShape).asObject))
        return v
    }

    /// The slot holding the attribute dict, if this object has one.
    static func slot(_ o: UnsafeMutableRawPointer) -> UnsafeMutablePointer<Value>? {
        switch o.objectKind {
        case .dict where ValueVector.count(o) == 8: return ValueVector.values(o) + 7
        case .list where ValueVector.count(o) == 3: return ValueVector.values(o) + 2
        default: return o.hasFlag(ObjectFlags.trailingSlot) ? Heap.trailingSlot(o) : nil
        }
    }

    /// The attribute dict, made on first use when `create`.
    static func attributes(_ rt: Runtime, _ o: UnsafeMutableRawPointer, create: Bool) throws -> UnsafeMutableRawPointer? {
        guard let s = slot(o) else { return nil }
        if s.pointee.isNone {
            guard create else { return nil }
            slot(o)!.pointee = try rt.newDict()
        }
        return slot(o)!.pointee.asObject
    }

    /// dict.__init__ and list.__init__, which subclasses' __init__ call through super().
    static func install(_ rt: Runtime) throws {
        try rt.defineMethod(rt.types.dict, "__init__", keywords: ["*"]) { rt, args in
            guard args.count <= 2 else { throw PythonError("TypeError", "dict expected at most 1 argument, got \(args.count - 1)") }
            if args.count == 2 { try rt.dictUpdate(args[0], args[1]) }
            for (k, v) in rt.pendingKeywords { try DictObject.set(rt.heap, args[0].asObject, try rt.intern(k), v, rt.ops) }
            return .none
        }
        try rt.defineMethod(rt.types.list, "__init__") { rt, args in
            guard args.count <= 2 else { throw PythonError("TypeError", "list expected at most 1 argument, got \(args.count - 1)") }
            try ListObject.clear(rt, args[0].asObject)
            if args.count == 2 { try rt.extend(args[0], with: args[1]) }
            return .none
        }
    }
}
