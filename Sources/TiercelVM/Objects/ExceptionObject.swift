/// Exceptions: the built-in hierarchy as real type objects (instance kind
/// `.exception`), so user classes derive from them like any class. An
/// exception instance keeps its fixed fields before its shape slots:
///
///     0 backing store (see Instance)   1 args (tuple)   2 __cause__
///     3 __context__   4 __traceback__   5 __suppress_context__
enum ExceptionObject {
    static let argsField = 1, causeField = 2, contextField = 3, tracebackField = 4, suppressField = 5
    static let fieldCount = 6

    static let hierarchy: [(String, String?)] = [
        ("BaseException", nil), ("Exception", "BaseException"), ("SystemExit", "BaseException"),
        ("KeyboardInterrupt", "BaseException"), ("GeneratorExit", "BaseException"),
        ("ArithmeticError", "Exception"), ("ZeroDivisionError", "ArithmeticError"),
        ("OverflowError", "ArithmeticError"), ("FloatingPointError", "ArithmeticError"),
        ("LookupError", "Exception"), ("IndexError", "LookupError"), ("KeyError", "LookupError"),
        ("ValueError", "Exception"), ("UnicodeError", "ValueError"), ("TypeError", "Exception"),
        ("NameError", "Exception"), ("UnboundLocalError", "NameError"), ("RuntimeError", "Exception"),
        ("RecursionError", "RuntimeError"), ("NotImplementedError", "RuntimeError"),
        ("AttributeError", "Exception"), ("AssertionError", "Exception"), ("StopIteration", "Exception"),
        ("MemoryError", "Exception"), ("BufferError", "Exception"), ("EOFError", "Exception"),
        ("ImportError", "Exception"), ("ModuleNotFoundError", "ImportError"), ("OSError", "Exception"),
        ("FileNotFoundError", "OSError"), ("PermissionError", "OSError"), ("SystemError", "Exception"),
        ("Warning", "Exception"), ("UserWarning", "Warning"), ("DeprecationWarning", "Warning"),
        ("RuntimeWarning", "Warning"), ("SyntaxWarning", "Warning"), ("FutureWarning", "Warning"),
        ("PendingDeprecationWarning", "Warning"), ("ImportWarning", "Warning"), ("UnicodeWarning", "Warning"),
        ("BytesWarning", "Warning"), ("ResourceWarning", "Warning"), ("EncodingWarning", "Warning"),
        ("UnicodeDecodeError", "UnicodeError"), ("UnicodeEncodeError", "UnicodeError"),
        ("UnicodeTranslateError", "UnicodeError"), ("ReferenceError", "Exception"),
        ("StopAsyncIteration", "Exception"), ("FileExistsError", "OSError"), ("IsADirectoryError", "OSError"),
        ("NotADirectoryError", "OSError"), ("TimeoutError", "OSError"), ("InterruptedError", "OSError"),
        ("BlockingIOError", "OSError"), ("ChildProcessError", "OSError"), ("ProcessLookupError", "OSError"),
        ("ConnectionError", "OSError"), ("BrokenPipeError", "ConnectionError"),
        ("ConnectionAbortedError", "ConnectionError"), ("ConnectionRefusedError", "ConnectionError"),
        ("ConnectionResetError", "ConnectionError"), ("SyntaxError", "Exception"),
        ("IndentationError", "SyntaxError"), ("TabError", "IndentationError"),
    ]

    static func install(_ rt: Runtime) throws {
        for (name, parent) in hierarchy {
            let base = try parent.map { try rt.builtin($0) } ?? rt.types.object
            let type = rt.pin(try TypeObject.make(rt, name: name, bases: [base], dict: nil, instanceKind: .exception,
                                                  flags: TypeObject.baseType))
            try rt.setBuiltin(name, type)
            if parent == nil { rt.types.baseException = type }
        }
        for alias in ["EnvironmentError", "IOError"] { try rt.setBuiltin(alias, try rt.builtin("OSError")) }
        let base = rt.types.baseException
        try rt.defineMethod(base, "__init__") { rt, args in
            ValueVector.values(args[0].asObject)[argsField] = try rt.tuple(Array(args.dropFirst()))
            return .none
        }
        try rt.defineMethod(base, "__str__") { rt, args in try rt.makeStr(try message(rt, args[0])) }
        try rt.defineMethod(base, "__repr__") { rt, args in try rt.makeStr(try defaultRepr(rt, args[0])) }
        try rt.defineMethod(base, "with_traceback") { rt, args in
            try Builtins.exactly(2, "with_traceback", args)
            guard args[1].isNone || TracebackObject.isTraceback(args[1]) else {
                throw PythonError("TypeError", "__traceback__ must be a traceback or None")
            }
            ValueVector.values(args[0].asObject)[tracebackField] = args[1]
            return args[0]
        }
        try rt.defineMethod(base, "add_note") { rt, args in
            guard args.count == 2, StrObject.isStr(args[1]) else {
                throw PythonError("TypeError", "note must be a str, not '\(args.count == 2 ? rt.typeName(args[1]) : "NoneType")'")
            }
            let e = args[0].asObject
            let key = try rt.intern("__notes__")
            var notes = try Instance.get(rt, e, key)
            if notes == nil {
                notes = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
                try Instance.set(rt, e, key, notes!)
            }
            try ListObject.append(rt, notes!.asObject, args[1])
            return .none
        }
        try ExceptionGroups.install(rt)
        try UnicodeErrors.install(rt)
        try ExceptionInitializers.install(rt)
    }

    static func isInstance(_ v: Value) -> Bool { v.isObject && v.asObject.objectKind == .exception }

    /// Whether `v` is a type deriving from BaseException.
    static func isExceptionType(_ rt: Runtime, _ v: Value) -> Bool {
        TypeObject.isType(v) && TypeObject.isSubtype(v.asObject, rt.types.baseException.asObject)
    }

    /// A new instance of exception type `type` with `args`, as `type(*args)`
    /// would make it when neither __new__ nor __init__ is overridden.
    static func instance(_ rt: Runtime, type: Value, args: [Value]) throws -> Value {
        try rt.withTemporaryRoots(1) { roots in
            // `args` may hold the only references to the arguments.
            roots[0] = try rt.heap.withoutCollecting { try Instance.make(rt, type: type) }
            let fields = ValueVector.values(roots[0].asObject)
            fields[argsField] = try rt.tuple(args)
            fields[causeField] = .none
            fields[contextField] = .none
            fields[tracebackField] = .none
            fields[suppressField] = .false
            return roots[0]
        }
    }

    /// The instance for an error raised by a primitive operation.
    static func instance(_ rt: Runtime, for error: PythonError) throws -> Value {
        let type = try rt.builtin(error.type)
        if let value = error.value { return try instance(rt, type: type, args: [value]) }
        if let code = error.errno {
            // args are (errno, strerror), as CPython's; the file name is an attribute.
            let strerror = error.strerror ?? error.message
            return try rt.withTemporaryRoots(2) { roots in
                roots[1] = try rt.makeStr(strerror)
                roots[0] = try instance(rt, type: type, args: [Value(uncheckedSmallInt: Int64(code)), roots[1]])
                if let f = error.filename { try Instance.set(rt, roots[0].asObject, try rt.intern("filename"), f) }
                return roots[0]
            }
        }
        let e = try instance(rt, type: type, args: error.message.isEmpty ? [] : [try rt.makeStr(error.message)])
        if TypeObject.isSubtype(type.asObject, try rt.builtin("ImportError").asObject) {
            try rt.withTemporaryRoots(1) { roots in
                roots[0] = e
                let args = ValueVector.values(e.asObject)[argsField].asObject
                try Instance.set(rt, e.asObject, try rt.intern("msg"), TupleObject.count(args) == 1 ? TupleObject.items(args)[0] : .none)
                try Instance.set(rt, e.asObject, try rt.intern("name"), error.name ?? .none)
                try Instance.set(rt, e.asObject, try rt.intern("path"), .none)
            }
            return e
        }
        if let name = error.name {
            try rt.withTemporaryRoots(1) { roots in
                roots[0] = e
                try Instance.set(rt, e.asObject, try rt.intern("name"), name)
                if let object = error.object { try Instance.set(rt, e.asObject, try rt.intern("obj"), object) }
            }
        }
        return e
    }

    static func args(of e: Value) -> UnsafeMutableRawPointer { ValueVector.values(e.asObject)[argsField].asObject }

    /// BaseException.__str__: its one argument, or the tuple of several, or "".
    /// KeyError shows its one argument's repr, as CPython does.
    static func message(_ rt: Runtime, _ e: Value) throws -> String {
        if ExceptionGroups.isGroup(rt, e) { return ExceptionGroups.describe(rt, e) }
        if let text = try UnicodeErrors.describe(rt, e) { return text }
        let a = args(of: e)
        if TupleObject.count(a) >= 2, TupleObject.count(a) <= 5, IntArithmetic.isInt(TupleObject.items(a)[0]),
           rt.isException(e, "OSError") {
            // OSError(errno, strerror[, filename]): "[Errno 2] No such file: 'f'".
            var text = "[Errno \(try rt.str(TupleObject.items(a)[0]))] \(try rt.str(TupleObject.items(a)[1]))"
            if let f = try Instance.get(rt, e.asObject, try rt.intern("filename")), !f.isNone {
                text += ": \(try rt.repr(f))"
                if let f2 = try Instance.get(rt, e.asObject, try rt.intern("filename2")), !f2.isNone { text += " -> \(try rt.repr(f2))" }
            } else if TupleObject.count(a) >= 3, !TupleObject.items(a)[2].isNone { text += ": \(try rt.repr(TupleObject.items(a)[2]))" }
            return text
        }
        switch TupleObject.count(a) {
        case 0: return ""
        case 1:
            if TypeObject.isSubtype(rt.typeOf(e).asObject, try rt.builtin("KeyError").asObject) {
                return try rt.repr(TupleObject.items(a)[0])
            }
            return try rt.str(TupleObject.items(a)[0])
        default: return try rt.repr(Value(object: a))
        }
    }

    static func defaultRepr(_ rt: Runtime, _ e: Value) throws -> String {
        let a = args(of: e)
        let name = TypeObject.nameString(rt, rt.typeOf(e).asObject)
        let inner = TupleObject.count(a) == 1 ? try rt.repr(TupleObject.items(a)[0])
            : String(try rt.repr(Value(object: a)).dropFirst().dropLast())
        return "\(name)(\(inner))"
    }

    /// Whether the exception `e` is an instance of `type` (or of any type in a tuple).
    static func matches(_ rt: Runtime, _ e: Value, _ type: Value) throws -> Bool {
        if TupleObject.isTuple(type) {
            let t = type.asObject
            for i in 0..<TupleObject.count(t) where try matches(rt, e, TupleObject.items(t)[i]) { return true }
            return false
        }
        guard isExceptionType(rt, type) else {
            throw PythonError("TypeError", "catching classes that do not inherit from BaseException is not allowed")
        }
        return TypeObject.isSubtype(rt.typeOf(e).asObject, type.asObject)
    }
}

/// An exception object in flight through Swift frames.
struct RaisedException: Error {
    let value: Value
    /// A bare `raise` (or the end of a `finally`): the traceback already has this frame.
    var reraise = false
}
