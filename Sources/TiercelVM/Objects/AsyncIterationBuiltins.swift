#if canImport(Glibc)
import Glibc
#endif

/// aiter(), anext() and breakpoint(): the builtins that hand off to a
/// protocol or a hook rather than compute anything themselves.
enum AsyncIterationBuiltins {
    static func install(_ rt: Runtime) throws {
        func define(_ name: String, _ keywords: Set<String>? = nil, _ body: @escaping Builtins.Native) throws {
            let index = rt.registerNative(name, keywords: keywords, body)
            try rt.setBuiltin(name, rt.pin(try BuiltinFunctionObject.make(rt, index: index, name: name)))
        }
        try define("aiter") { rt, args in
            guard args.count == 1 else { throw PythonError("TypeError", "aiter() takes exactly one argument (\(args.count) given)") }
            guard let m = try TypeObject.lookup(rt, rt.typeOf(args[0]).asObject, try rt.intern("__aiter__")) else {
                throw PythonError("TypeError", "'\(rt.typeName(args[0]))' object is not an async iterable")
            }
            let it = try rt.call(m, [args[0]])
            guard try TypeObject.lookup(rt, rt.typeOf(it).asObject, try rt.intern("__anext__")) != nil else {
                throw PythonError("TypeError", "aiter() returned not an async iterator of type '\(rt.typeName(it))'")
            }
            return it
        }
        var withDefault = Value.empty
        try define("anext") { rt, args in
            guard args.count == 1 || args.count == 2 else {
                throw PythonError("TypeError", args.isEmpty ? "anext expected at least 1 argument, got 0" : "anext expected at most 2 arguments, got \(args.count)")
            }
            guard let m = try TypeObject.lookup(rt, rt.typeOf(args[0]).asObject, try rt.intern("__anext__")) else {
                throw PythonError("TypeError", "'\(rt.typeName(args[0]))' object is not an async iterator")
            }
            if args.count == 1 { return try rt.call(m, [args[0]]) }
            // With a default, the awaitable turns StopAsyncIteration into the default: a
            // coroutine written in Python, compiled on first use so start-up does not pay for it.
            if withDefault.isEmpty {
                withDefault = try rt.withTemporaryRoots(1) { roots in
                    roots[0] = try rt.newDict()
                    try rt.runEmbedded(anextWithDefault, module: "builtins", globals: roots[0])
                    return rt.pin(try DictObject.get(roots[0].asObject, try rt.intern("anext_awaitable"), rt.ops)!)
                }
            }
            return try rt.call(withDefault, [args[0], args[1]])
        }
        try define("breakpoint", ["*"]) { rt, args in
            let keywords = try rt.pendingKeywords.map { (try rt.intern($0.0), $0.1) }
            rt.pendingKeywords = []
            guard let hook = try rt.getAttrOrNil(rt.sysModule, try rt.intern("breakpointhook")) else {
                throw PythonError("RuntimeError", "lost sys.breakpointhook")
            }
            return try rt.call(hook, Array(args), keywords: keywords)
        }
    }

    static let anextWithDefault = """
    async def anext_awaitable(iterator, default):
        try:
            return await type(iterator).__anext__(iterator)
        except StopAsyncIteration:
            return default
    """

    /// sys.breakpointhook as CPython's: $PYTHONBREAKPOINT names the hook
    /// ("0" disables it); an unimportable one is warned about and skipped.
    /// The default, pdb.set_trace, needs sys.settrace, which tiercel lacks:
    /// that is an error, not a breakpoint silently passed over.
    static func breakpointHook(_ rt: Runtime, _ args: UnsafeBufferPointer<Value>) throws -> Value {
        let keywords = try rt.pendingKeywords.map { (try rt.intern($0.0), $0.1) }
        rt.pendingKeywords = []
        let setting = getenv("PYTHONBREAKPOINT").map { String(cString: $0) } ?? ""
        if setting == "0" { return .none }
        let target = setting.isEmpty ? "pdb.set_trace" : setting
        if target == "pdb.set_trace" {
            throw PythonError("NotImplementedError", "breakpoint(): pdb needs sys.settrace(), which tiercel does not support yet")
        }
        var module = "builtins", attribute = target
        if let dot = target.lastIndex(of: ".") {
            module = String(target[..<dot])
            attribute = String(target[target.index(after: dot)...])
        }
        let hook: Value
        do {
            hook = try rt.getAttr(try rt.loadModule(module), try rt.intern(attribute))
        } catch let e as PythonError where e.type == "ModuleNotFoundError" || e.type == "ImportError" || e.type == "AttributeError" {
            try warnUnimportable(rt, target)
            return .none
        } catch let e as RaisedException where rt.isException(e.value, "ImportError") || rt.isException(e.value, "AttributeError") {
            try warnUnimportable(rt, target)
            return .none
        }
        return try rt.call(hook, Array(args), keywords: keywords)
    }

    private static func warnUnimportable(_ rt: Runtime, _ target: String) throws {
        let warn = try rt.getAttr(try rt.loadModule("warnings"), try rt.intern("warn"))
        _ = try rt.call(warn, [try rt.makeStr("Ignoring unimportable $PYTHONBREAKPOINT: \"\(target)\""), try rt.builtin("RuntimeWarning")])
    }
}
