/// `__init__` of the built-in exceptions whose constructor does more than
/// store args: OSError's file names (see OSErrors), the keyword-only name,
/// path and obj of ImportError, NameError and AttributeError.
enum ExceptionInitializers {
    static func install(_ rt: Runtime) throws {
        try rt.defineMethod(try rt.builtin("OSError"), "__init__", keywords: ["*"]) { rt, args in
            let e = args[0].asObject
            try rejectKeywords(rt, args[0], allowed: [])
            let given = Array(args.dropFirst())
            if (3...5).contains(given.count) && !given[2].isNone {
                ValueVector.values(e)[ExceptionObject.argsField] = try rt.tuple(Array(given[0..<2]))
                try Instance.set(rt, e, try rt.intern("filename"), given[2])
                if given.count == 5 { try Instance.set(rt, e, try rt.intern("filename2"), given[4]) }
            } else {
                ValueVector.values(e)[ExceptionObject.argsField] = try rt.tuple(given)
            }
            return .none
        }
        try keywordInit(rt, "ImportError", ["name", "path"]) { rt, e, given in
            try Instance.set(rt, e, try rt.intern("msg"), given.count == 1 ? given[0] : .none)
        }
        try keywordInit(rt, "NameError", ["name"]) { _, _, _ in }
        try keywordInit(rt, "AttributeError", ["name", "obj"]) { _, _, _ in }
    }

    /// args from the positional arguments; each keyword in `names` becomes
    /// an attribute (None when not given).
    private static func keywordInit(_ rt: Runtime, _ type: String, _ names: [String],
                                    _ extra: @escaping (Runtime, UnsafeMutableRawPointer, [Value]) throws -> Void) throws {
        try rt.defineMethod(try rt.builtin(type), "__init__", keywords: ["*"]) { rt, args in
            let e = args[0].asObject
            try rejectKeywords(rt, args[0], allowed: names)
            let given = Array(args.dropFirst())
            ValueVector.values(e)[ExceptionObject.argsField] = try rt.tuple(given)
            let keywords = rt.pendingKeywords
            for name in names {
                let key = try rt.intern(name)
                if let v = keywords.first(where: { $0.0 == name })?.1 {
                    try Instance.set(rt, e, key, v)
                } else if try Instance.get(rt, e, key) == nil {
                    try Instance.set(rt, e, key, .none)
                }
            }
            try extra(rt, e, given)
            return .none
        }
    }

    private static func rejectKeywords(_ rt: Runtime, _ e: Value, allowed: [String]) throws {
        for (name, _) in rt.pendingKeywords where !allowed.contains(name) {
            if allowed.isEmpty { throw PythonError("TypeError", "\(rt.typeName(e))() takes no keyword arguments") }
            throw PythonError("TypeError", "'\(name)' is an invalid keyword argument for \(rt.typeName(e))()")
        }
    }
}
