/// Built-in exception types and instances, before user-defined classes exist.
/// A type is [name: str]; an instance is [type, args: tuple]. The hierarchy
/// lives here so `except LookupError` catches an IndexError.
enum ExceptionObject {
    static let hierarchy: [(String, String?)] = [
        ("BaseException", nil), ("Exception", "BaseException"), ("SystemExit", "BaseException"),
        ("KeyboardInterrupt", "BaseException"), ("ArithmeticError", "Exception"),
        ("ZeroDivisionError", "ArithmeticError"), ("OverflowError", "ArithmeticError"),
        ("LookupError", "Exception"), ("IndexError", "LookupError"), ("KeyError", "LookupError"),
        ("ValueError", "Exception"), ("TypeError", "Exception"), ("NameError", "Exception"),
        ("UnboundLocalError", "NameError"), ("RuntimeError", "Exception"), ("RecursionError", "RuntimeError"),
        ("NotImplementedError", "RuntimeError"), ("AttributeError", "Exception"), ("AssertionError", "Exception"),
        ("StopIteration", "Exception"), ("MemoryError", "Exception"),
    ]
    static let parents: [String: String] = Dictionary(uniqueKeysWithValues: hierarchy.compactMap { name, parent in
        parent.map { (name, $0) }
    })

    static func install(_ rt: Runtime) throws {
        for (name, _) in hierarchy {
            let type = try vector(rt, kind: .exceptionType, [try rt.intern(name)])
            try DictObject.set(rt.heap, rt.builtins.asObject, try rt.intern(name), type, rt.ops)
        }
    }

    static func isType(_ v: Value) -> Bool { v.isObject && v.asObject.objectKind == .exceptionType }
    static func isInstance(_ v: Value) -> Bool { v.isObject && v.asObject.objectKind == .exception }

    static func typeName(_ rt: Runtime, _ type: Value) -> String { rt.str(ValueVector.values(type.asObject)[0]) }

    static func instance(_ rt: Runtime, type: Value, args: [Value]) throws -> Value {
        guard let tuple = TupleObject.make(rt.heap, args) else { throw PythonError("MemoryError", "") }
        return try vector(rt, kind: .exception, [type, tuple])
    }

    /// The instance for an error raised by a primitive operation.
    static func instance(_ rt: Runtime, for error: PythonError) throws -> Value {
        guard let type = try DictObject.get(rt.builtins.asObject, try rt.intern(error.type), rt.ops) else {
            throw PythonError("SystemError", "unknown exception type \(error.type)")
        }
        return try instance(rt, type: type, args: error.message.isEmpty ? [] : [try rt.makeStr(error.message)])
    }

    static func type(of e: Value) -> Value { ValueVector.values(e.asObject)[0] }
    static func args(of e: Value) -> UnsafeMutableRawPointer { ValueVector.values(e.asObject)[1].asObject }

    /// str(e): its one argument, or the tuple of several, or "".
    static func message(_ rt: Runtime, _ e: Value) -> String {
        let a = args(of: e)
        switch TupleObject.count(a) {
        case 0: return ""
        case 1: return rt.str(TupleObject.items(a)[0])
        default: return rt.repr(Value(object: a))
        }
    }

    /// Whether the exception `e` is an instance of `type` (or of any type in a tuple).
    static func matches(_ rt: Runtime, _ e: Value, _ type: Value) throws -> Bool {
        if TupleObject.isTuple(type) {
            let t = type.asObject
            for i in 0..<TupleObject.count(t) where try matches(rt, e, TupleObject.items(t)[i]) { return true }
            return false
        }
        guard isType(type) else {
            throw PythonError("TypeError", "catching classes that do not inherit from BaseException is not allowed")
        }
        let wanted = typeName(rt, type)
        var name: String? = typeName(rt, self.type(of: e))
        while let n = name {
            if n == wanted { return true }
            name = parents[n]
        }
        return false
    }
}

/// An exception object in flight through Swift frames.
struct RaisedException: Error {
    let value: Value
}
