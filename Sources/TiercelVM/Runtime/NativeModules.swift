#if canImport(Glibc)
import Glibc
#endif
import TiercelFrontEnd

/// Modules written in Swift, built on first import.
enum NativeModules {
    static let builders: [String: (Runtime) throws -> Value] = [
        "sys": { rt in rt.sysModule },
        "builtins": { rt in
            try DictObject.set(rt.heap, rt.builtins.asObject, try rt.intern("__name__"), try rt.intern("builtins"), rt.ops)
            return try ModuleObject.make(rt, name: "builtins", dict: rt.builtins)
        },
        "math": MathModule.make,
        "os": OSModule.make,
        "os.path": { rt in try rt.getAttr(try rt.loadModule("os"), try rt.intern("path")) },
        "time": TimeModule.make,
        "_random": RandomModule.make,
        "_hashlib": HashlibModule.make,
        "_blake2": HashlibModule.makeBlake2,
        "itertools": ItertoolsModule.make,
        "functools": FunctoolsModule.make,
        "collections": CollectionsModule.make,
        "collections.abc": CollectionsModule.makeAbstractBaseClasses,
        "types": TypesModule.make,
        "_weakref": WeakRefModule.make,
        "weakref": WeakRefModule.makeWeakref,
        "gc": WeakRefModule.makeGC,
        "io": IOModule.make,
        "_io": IOModule.make,
        "_sre": SREModule.make,
        "_string": StringHelpersModule.make,
        "_codecs": CodecsModule.make,
        "_contextvars": ContextVarsModule.make,
        "_signal": SignalModule.make,
        "_heapq": HeapqModule.make,
        "_thread": ThreadModule.make,
        "atexit": AtexitModule.make,
        "_ast": ASTModule.make,
        "_imp": ImpModule.make,
        "errno": ErrnoModule.make,
        "_warnings": ImpModule.makeWarnings,
        "marshal": ImpModule.makeMarshal,
        "posix": { rt in try rt.loadModule("os") },
    ]

    /// A module object whose dict gets `fill`'s entries.
    static func module(_ rt: Runtime, _ name: String, _ fill: (Runtime, UnsafeMutableRawPointer) throws -> Void) throws -> Value {
        try rt.withTemporaryRoots(2) { roots in
            roots[0] = try rt.newDict()
            try DictObject.set(rt.heap, roots[0].asObject, try rt.intern("__name__"), try rt.intern(name), rt.ops)
            try DictObject.set(rt.heap, roots[0].asObject, try rt.intern("__doc__"), .none, rt.ops)
            roots[1] = try ModuleObject.make(rt, name: name, dict: roots[0])
            try fill(rt, roots[0].asObject)
            return roots[1]
        }
    }

    /// A module whose natives `fill` makes and whose rest is Python source
    /// run in its dict afterwards (so the Python can use the natives).
    static func withPython(_ rt: Runtime, _ name: String, _ source: String,
                           _ fill: (Runtime, UnsafeMutableRawPointer) throws -> Void = { _, _ in }) throws -> Value {
        let m = try module(rt, name, fill)
        try rt.runEmbedded(source, module: name, globals: Value(object: ModuleObject.dict(m.asObject)))
        return m
    }

    static func function(_ rt: Runtime, _ d: UnsafeMutableRawPointer, _ name: String, keywords: Set<String>? = nil,
                         _ body: @escaping Builtins.Native) throws {
        let index = rt.registerNative(name, keywords: keywords, body)
        if let module = try DictObject.get(d, try rt.intern("__name__"), rt.ops) { rt.natives[index].module = rt.swiftString(module) }
        try DictObject.set(rt.heap, d, try rt.intern(name), try BuiltinFunctionObject.make(rt, index: index, name: name), rt.ops)
    }

    static func value(_ rt: Runtime, _ d: UnsafeMutableRawPointer, _ name: String, _ v: Value) throws {
        try DictObject.set(rt.heap, d, try rt.intern(name), v, rt.ops)
    }
}

/// sys: argv, path, modules, the standard streams, exit, recursion limit.
enum SysModule {
    /// sys.version_info: a struct sequence.
    static func versionInfo(_ rt: Runtime) throws -> Value {
        try structSequence(rt, "version_info", ["major", "minor", "micro", "releaselevel", "serial"],
                           [Value(uncheckedSmallInt: 3), Value(uncheckedSmallInt: 11), Value(uncheckedSmallInt: 2),
                            try rt.intern("final"), Value(uncheckedSmallInt: 0)])
    }

    static func make(_ rt: Runtime, argv: [String], scriptDirectory: String) throws -> Value {
        let (stdin, stdout, stderr) = try StandardStreams.make(rt)
        rt.standardStreams = (stdout, stderr)
        return try NativeModules.module(rt, "sys") { rt, d in
            try rt.withTemporaryRoots(1) { roots in
                roots[0] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
                for a in argv { try ListObject.append(rt, roots[0].asObject, try rt.makeStr(a)) }
                try NativeModules.value(rt, d, "argv", roots[0])
                roots[0] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
                try ListObject.append(rt, roots[0].asObject, try rt.makeStr(scriptDirectory))
                if let extra = getenv("PYTHONPATH").map({ String(cString: $0) }), !extra.isEmpty {
                    for p in extra.split(separator: ":") { try ListObject.append(rt, roots[0].asObject, try rt.makeStr(String(p))) }
                }
                try ListObject.append(rt, roots[0].asObject, try rt.makeStr(Runtime.hostStandardLibrary))
                try NativeModules.value(rt, d, "path", roots[0])
                roots[0] = try rt.newDict()
                try NativeModules.value(rt, d, "modules", roots[0])
                try NativeModules.value(rt, d, "stdout", stdout)
                try NativeModules.value(rt, d, "stderr", stderr)
                try NativeModules.value(rt, d, "__stdout__", stdout)
                try NativeModules.value(rt, d, "__stderr__", stderr)
                try NativeModules.value(rt, d, "stdin", stdin)
                try NativeModules.value(rt, d, "__stdin__", stdin)
                try NativeModules.value(rt, d, "maxsize", try rt.ints.make(Int64.max))
                try NativeModules.value(rt, d, "byteorder", try rt.intern("little"))
                try NativeModules.value(rt, d, "platform", try rt.intern("linux"))
                try NativeModules.value(rt, d, "version", try rt.makeStr("3.11.2 (tiercel)"))
                try NativeModules.value(rt, d, "version_info", try SysModule.versionInfo(rt))
                try SysModule.installInfo(rt, d)
                try NativeModules.value(rt, d, "executable", try rt.makeStr("/proc/self/exe"))
                roots[0] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
                try NativeModules.value(rt, d, "warnoptions", roots[0])
                for name in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
                    try NativeModules.value(rt, d, name, try rt.makeStr("/usr"))
                }
                roots[0] = try rt.newDict()
                try NativeModules.value(rt, d, "_xoptions", roots[0])
            }
            try NativeModules.function(rt, d, "exit") { rt, args in
                guard args.count <= 1 else { throw PythonError("TypeError", "exit expected at most 1 argument, got \(args.count)") }
                let e = try ExceptionObject.instance(rt, type: try rt.builtin("SystemExit"), args: Array(args))
                throw RaisedException(value: e)
            }
            try NativeModules.function(rt, d, "getrecursionlimit") { rt, _ in Value(uncheckedSmallInt: Int64(rt.recursionLimit)) }
            try NativeModules.function(rt, d, "setrecursionlimit") { rt, args in
                try Builtins.exactly(1, "setrecursionlimit", args)
                let n = try BuiltinMethods.index(rt, args[0])
                if n < 1 { throw PythonError("ValueError", "recursion limit must be greater or equal than 1") }
                rt.recursionLimit = min(n, 100_000)
                return .none
            }
            try NativeModules.function(rt, d, "intern") { _, args in args[0] }
            // The exception being handled where the calling code is.
            func handled(_ rt: Runtime) -> Value? {
                guard let fp = rt.currentFrame,
                      let e = rt.interpreter.handledException(fp, rt.code(at: Int(fp[-4].asSmallInt)), rt.currentPc),
                      ExceptionObject.isInstance(e) else { return nil }
                return e
            }
            try NativeModules.function(rt, d, "_getframe") { rt, args in
                guard args.count <= 1 else { throw PythonError("TypeError", "_getframe expected at most 1 argument, got \(args.count)") }
                var depth = args.isEmpty ? 0 : try BuiltinMethods.index(rt, args[0])
                guard let fp = rt.currentFrame else { throw PythonError("ValueError", "call stack is not deep enough") }
                var frame = try FrameObject.chain(rt, fp: fp, pc: rt.currentPc)
                while depth > 0 && !frame.isNone {
                    frame = ValueVector.values(frame.asObject)[FrameObject.back]
                    depth -= 1
                }
                if frame.isNone { throw PythonError("ValueError", "call stack is not deep enough") }
                return frame
            }
            try NativeModules.function(rt, d, "exc_info") { rt, args in
                try Builtins.exactly(0, "exc_info", args)
                guard let e = handled(rt) else { return try rt.tuple([.none, .none, .none]) }
                return try rt.tuple([rt.typeOf(e), e, ValueVector.values(e.asObject)[ExceptionObject.tracebackField]])
            }
            try NativeModules.function(rt, d, "exception") { rt, args in
                try Builtins.exactly(0, "exception", args)
                return handled(rt) ?? .none
            }
        }
    }
}
