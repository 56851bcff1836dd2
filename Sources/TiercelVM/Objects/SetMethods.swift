/// The set and frozenset types: constructors, methods, operators.
enum SetMethods {
    static func install(_ rt: Runtime) throws {
        let set = rt.types.set, frozen = rt.types.frozenset
        for (t, isFrozen) in [(set, false), (frozen, true)] {
            rt.defineConstructor(t) { rt, args in
                guard args.count <= 1 else {
                    throw PythonError("TypeError", "\(isFrozen ? "frozenset" : "set") expected at most 1 argument, got \(args.count)")
                }
                if isFrozen, let a = args.first, a.isObject, a.asObject.objectKind == .frozenset { return a }
                return try rt.withTemporaryRoots(1) { roots in
                    roots[0] = try SetObject.make(rt, frozen: isFrozen)
                    if let a = args.first { try SetObject.update(rt, roots[0].asObject, a) }
                    return roots[0]
                }
            }
            func method(_ name: String, _ arity: ClosedRange<Int>, _ body: @escaping (Runtime, UnsafeMutableRawPointer, UnsafeBufferPointer<Value>) throws -> Value) throws {
                try rt.defineMethod(t, name) { rt, args in
                    try BuiltinMethods.arity(name, args, arity)
                    return try body(rt, args[0].asObject, args)
                }
            }
            try method("copy", 0...0) { rt, s, _ in try SetObject.copy(rt, s, frozen: isFrozen) }
            try method("union", 0...Int.max) { rt, s, args in
                try rt.withTemporaryRoots(1) { roots in
                    roots[0] = try SetObject.copy(rt, s, frozen: isFrozen)
                    for a in args.dropFirst() { try SetObject.update(rt, roots[0].asObject, a) }
                    return roots[0]
                }
            }
            try method("intersection", 0...Int.max) { rt, s, args in
                try rt.withTemporaryRoots(1) { roots in
                    roots[0] = try SetObject.copy(rt, s, frozen: isFrozen)
                    for a in args.dropFirst() { roots[0] = try SetObject.intersection(rt, roots[0].asObject, a, frozen: isFrozen) }
                    return roots[0]
                }
            }
            try method("difference", 0...Int.max) { rt, s, args in
                try rt.withTemporaryRoots(1) { roots in
                    roots[0] = try SetObject.copy(rt, s, frozen: isFrozen)
                    for a in args.dropFirst() { roots[0] = try SetObject.difference(rt, roots[0].asObject, a, frozen: isFrozen) }
                    return roots[0]
                }
            }
            try method("symmetric_difference", 1...1) { rt, s, args in
                try SetObject.symmetricDifference(rt, s, args[1], frozen: isFrozen)
            }
            try method("issubset", 1...1) { rt, s, args in
                try rt.withTemporaryRoots(1) { roots in
                    roots[0] = try SetObject.asSet(rt, args[1])
                    return .bool(try SetObject.isSubset(rt, s, roots[0].asObject))
                }
            }
            try method("issuperset", 1...1) { rt, s, args in
                try rt.withTemporaryRoots(1) { roots in
                    roots[0] = try SetObject.asSet(rt, args[1])
                    return .bool(try SetObject.isSubset(rt, roots[0].asObject, s))
                }
            }
            try method("isdisjoint", 1...1) { rt, s, args in
                try rt.withTemporaryRoots(1) { roots in
                    roots[0] = try SetObject.asSet(rt, args[1])
                    for k in SetObject.items(roots[0].asObject) where try SetObject.contains(rt, s, k) { return .false }
                    return .true
                }
            }
        }
        func mutator(_ name: String, _ arity: ClosedRange<Int>, _ body: @escaping (Runtime, UnsafeMutableRawPointer, UnsafeBufferPointer<Value>) throws -> Value) throws {
            let shown = arity == 1...1 || arity == 0...0 ? "set.\(name)" : name
            try rt.defineMethod(set, name) { rt, args in
                try BuiltinMethods.arity(shown, args, arity)
                return try body(rt, args[0].asObject, args)
            }
        }
        try mutator("add", 1...1) { rt, s, args in try SetObject.add(rt, s, args[1]); return .none }
        try mutator("discard", 1...1) { rt, s, args in _ = try SetObject.discard(rt, s, args[1]); return .none }
        try mutator("remove", 1...1) { rt, s, args in
            if !(try SetObject.discard(rt, s, args[1])) { throw PythonError("KeyError", value: args[1]) }
            return .none
        }
        try mutator("pop", 0...0) { rt, s, _ in try SetObject.pop(rt, s) }
        try mutator("clear", 0...0) { rt, s, _ in
            for k in SetObject.items(s) { _ = try SetObject.discard(rt, s, k) }
            try SetObject.resize(rt, s, 0)
            return .none
        }
        try mutator("update", 0...Int.max) { rt, s, args in
            for a in args.dropFirst() { try SetObject.update(rt, s, a) }
            return .none
        }
        try mutator("difference_update", 0...Int.max) { rt, s, args in
            for a in args.dropFirst() {
                try rt.withTemporaryRoots(1) { roots in
                    roots[0] = try SetObject.asSet(rt, a)
                    for k in SetObject.items(roots[0].asObject) { _ = try SetObject.discard(rt, s, k) }
                }
            }
            return .none
        }
        try mutator("intersection_update", 0...Int.max) { rt, s, args in
            for a in args.dropFirst() { try replace(rt, s, try SetObject.intersection(rt, s, a, frozen: false)) }
            return .none
        }
        try mutator("symmetric_difference_update", 1...1) { rt, s, args in
            try rt.withTemporaryRoots(1) { roots in
                roots[0] = try SetObject.asSet(rt, args[1])
                try SetObject.symmetricDifferenceUpdate(rt, s, roots[0].asObject)
            }
            return .none
        }
        try installViewMethods(rt)
    }

    /// dict_keys.isdisjoint and dict_items.isdisjoint: no item of `other` is in the view.
    static func installViewMethods(_ rt: Runtime) throws {
        for (view, name) in [(rt.types.dictKeys, "dict_keys"), (rt.types.dictItems, "dict_items")] {
            try rt.defineMethod(view, "isdisjoint") { rt, args in
                try BuiltinMethods.arity("\(name).isdisjoint", args, 1...1)
                return try rt.withTemporaryRoots(3) { roots in
                    roots[0] = try rt.call(rt.types.set, [args[0]])
                    roots[1] = try rt.getIter(args[1])
                    while let x = try rt.nextOrNil(roots[1]) {
                        roots[2] = x
                        if try SetObject.contains(rt, roots[0].asObject, x) { return .false }
                    }
                    return .true
                }
            }
        }
    }

    /// Gives `s` the contents (and table) of `other`.
    static func replace(_ rt: Runtime, _ s: UnsafeMutableRawPointer, _ other: Value) throws {
        for i in 0..<6 { ValueVector.values(s)[i] = ValueVector.values(other.asObject)[i] }
    }

    /// `a op b` for sets; nil when not both sets.
    /// Whether `v` is a keys or items view, which behave as sets.
    static func isSetLikeView(_ v: Value) -> Bool {
        v.isObject && v.asObject.objectKind == .dictView && DictViews.which(v.asObject) != 1
    }

    /// keys/items view `op` any iterable (either side): set(a) op set(b), as dictviews_* do.
    private static func viewBinary(_ rt: Runtime, _ op: Runtime.BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        guard isSetLikeView(a) || isSetLikeView(b), [.bitOr, .bitAnd, .subtract, .bitXor].contains(op) else { return nil }
        guard rt.isIterable(a) && rt.isIterable(b) else { return nil }
        return try rt.withTemporaryRoots(2) { roots in
            roots[0] = try rt.call(rt.types.set, [a])
            roots[1] = SetObject.isSet(b) ? b : try rt.call(rt.types.set, [b])
            return try binary(rt, op, roots[0], roots[1], inplace: false)
        }
    }

    static func binary(_ rt: Runtime, _ op: Runtime.BinaryOp, _ a: Value, _ b: Value, inplace: Bool) throws -> Value? {
        if let r = try viewBinary(rt, op, a, b) { return r }
        guard SetObject.isSet(a) && SetObject.isSet(b) else { return nil }
        let s = a.asObject
        let frozen = s.objectKind == .frozenset
        switch op {
        case .bitOr:
            if inplace && !frozen { try SetObject.update(rt, s, b); return a }
            return try rt.withTemporaryRoots(1) { roots in
                roots[0] = try SetObject.copy(rt, s, frozen: frozen)
                try SetObject.update(rt, roots[0].asObject, b)
                return roots[0]
            }
        case .bitAnd:
            let r = try SetObject.intersection(rt, s, b, frozen: frozen)
            if inplace && !frozen { try replace(rt, s, r); return a }
            return r
        case .subtract:
            if inplace && !frozen {
                for k in SetObject.items(b.asObject) { _ = try SetObject.discard(rt, s, k) }
                return a
            }
            return try SetObject.difference(rt, s, b, frozen: frozen)
        case .bitXor:
            if inplace && !frozen { try SetObject.symmetricDifferenceUpdate(rt, s, b.asObject); return a }
            return try SetObject.symmetricDifference(rt, s, b, frozen: frozen)
        default:
            return nil
        }
    }
}
