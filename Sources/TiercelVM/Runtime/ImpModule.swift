/// `_imp` and `_warnings`, the built-in halves importlib's pure-Python
/// bootstrap asks for (importlib, inspect and pkgutil import them). Modules
/// tiercel writes in Swift are its "built-in" modules; there are no frozen
/// modules, and C extension modules cannot be loaded. `_warnings` has only
/// warn and warn_explicit, handing over to the warnings module, so that
/// warnings.py keeps its own filters (it falls back to Python without them).
enum ImpModule {
    static func make(_ rt: Runtime) throws -> Value {
        let m = try NativeModules.module(rt, "_imp") { rt, d in
            try NativeModules.function(rt, d, "is_builtin") { rt, args in
                try Builtins.exactly(1, "is_builtin", args)
                guard StrObject.isStr(args[0]) else {
                    throw PythonError("TypeError", "is_builtin() argument must be str, not \(rt.typeName(args[0]))")
                }
                let name = rt.swiftString(args[0])
                return Value(uncheckedSmallInt: NativeModules.builders[name] != nil && !name.contains(".") ? 1 : 0)
            }
            try NativeModules.function(rt, d, "create_builtin") { rt, args in
                try Builtins.exactly(1, "create_builtin", args)
                let name = try rt.getAttr(args[0], try rt.intern("name"))
                guard StrObject.isStr(name) else { throw PythonError("TypeError", "spec.name must be a string") }
                guard NativeModules.builders[rt.swiftString(name)] != nil else {
                    throw PythonError("ImportError", "no built-in module named \(rt.swiftString(name))", name: name)
                }
                return try rt.loadModule(rt.swiftString(name))
            }
        }
        try rt.runEmbedded(python, module: "_imp", globals: Value(object: ModuleObject.dict(m.asObject)))
        return m
    }

    static let python = """
    check_hash_based_pycs = "never"

    def lock_held():
        return False

    def acquire_lock():
        pass

    def release_lock():
        pass

    def exec_builtin(module, /):
        return 0

    def exec_dynamic(module, /):
        return 0

    def is_frozen(name, /):
        return False

    def is_frozen_package(name, /):
        return False

    def find_frozen(name, /, *, withdata=False):
        return None

    def get_frozen_object(name, data=None, /):
        raise ImportError(f"No such frozen object named {name!r}", name=name)

    def init_frozen(name, /):
        return None

    def extension_suffixes():
        # C extension modules cannot be loaded: no suffix names one.
        return []

    def create_dynamic(spec, file=None, /):
        raise ImportError(f"cannot load C extension module {spec.name!r}: tiercel runs Python code only", name=spec.name)

    def _fix_co_filename(code, path, /):
        pass

    def source_hash(key, source):
        raise NotImplementedError("_imp.source_hash() (hash-based .pyc files) is not supported by tiercel yet")
    """

    static func makeWarnings(_ rt: Runtime) throws -> Value {
        let m = try NativeModules.module(rt, "_warnings") { _, _ in }
        try rt.runEmbedded("""
        def warn(message, category=None, stacklevel=1, source=None):
            import warnings
            warnings.warn(message, category, stacklevel + 1, source)

        def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None):
            import warnings
            warnings.warn_explicit(message, category, filename, lineno, module, registry, module_globals, source)
        """, module: "_warnings", globals: Value(object: ModuleObject.dict(m.asObject)))
        return m
    }

    /// marshal exists for importlib's bytecode loader, which tiercel never
    /// uses: it compiles from source.
    static func makeMarshal(_ rt: Runtime) throws -> Value {
        let m = try NativeModules.module(rt, "marshal") { _, _ in }
        try rt.runEmbedded("""
        version = 4

        def _unsupported(*args, **kwargs):
            raise NotImplementedError("marshal is not supported by tiercel yet")

        dumps = loads = dump = load = _unsupported
        """, module: "marshal", globals: Value(object: ModuleObject.dict(m.asObject)))
        return m
    }
}
