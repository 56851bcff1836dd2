/// `_imp` and `_warnings`, the built-in halves importlib's pure-Python
/// bootstrap asks for (importlib, inspect and pkgutil import them). Modules
/// tiercel writes in Swift are its "built-in" modules; there are no frozen
/// modules, and C extension modules cannot be loaded. `_warnings` has only
/// warn and warn_explicit, handing over to the warnings module, so that
/// warnings.py keeps its own filters (it falls back to Python without them).
enum ImpModule {
    static func make(_ rt: Runtime) throws -> Value {
        try NativeModules.withPython(rt, "_imp", python) { rt, d in
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
            // _locate(name): (origin or None, package directory or None) for what
            // tiercel's import would load, found but not run; None if nothing.
            try NativeModules.function(rt, d, "_locate") { rt, args in
                try Builtins.exactly(1, "_locate", args)
                let name = try rt.str(args[0])
                if NativeModules.builders[name] != nil { return try rt.tuple([.none, .none]) }
                guard let (file, directory) = try rt.findSource(name) else { return .none }
                return try rt.withTemporaryRoots(2) { roots in
                    roots[0] = try rt.makeStr(file)
                    roots[1] = try directory.map { try rt.makeStr($0) } ?? .none
                    return try rt.tuple([roots[0], roots[1]])
                }
            }
            try NativeModules.function(rt, d, "_load") { rt, args in
                try Builtins.exactly(1, "_load", args)
                return try rt.loadModule(try rt.str(args[0]))
            }
            try NativeModules.function(rt, d, "_rerun") { rt, args in
                try Builtins.exactly(2, "_rerun", args)
                try rt.rerun(file: try rt.str(args[0]), globals: args[1])
                return .none
            }
        }
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

    class _TiercelLoader:
        "Loads what tiercel's import statement loads, for importlib."
        _fresh = set()

        @classmethod
        def create_module(cls, spec):
            import sys
            if spec.name in sys.modules:
                return None
            module = _load(spec.name)
            cls._fresh.add(spec.name)
            return module

        @classmethod
        def exec_module(cls, module):
            # create_module ran the module already; a second exec is importlib.reload.
            if module.__name__ in cls._fresh:
                cls._fresh.discard(module.__name__)
                return
            origin = getattr(module.__spec__, "origin", None)
            if origin and origin != "built-in":
                _rerun(origin, module.__dict__)

    class _TiercelFinder:
        "Finds Swift modules and source on sys.path, as the import statement does."

        @classmethod
        def find_spec(cls, name, path=None, target=None):
            found = _locate(name)
            if found is None:
                return None
            origin, package_directory = found
            from importlib._bootstrap import ModuleSpec
            spec = ModuleSpec(name, _TiercelLoader, origin=origin or "built-in",
                              is_package=package_directory is not None)
            if package_directory is not None:
                spec.submodule_search_locations = [package_directory]
            spec.has_location = origin is not None
            return spec

    def _install_finder():
        import sys
        if not any(f is _TiercelFinder for f in sys.meta_path):
            sys.meta_path.append(_TiercelFinder)

    _install_finder()
    del _install_finder
    """

    static func makeWarnings(_ rt: Runtime) throws -> Value {
        try NativeModules.withPython(rt, "_warnings", """
        def warn(message, category=None, stacklevel=1, source=None):
            import warnings
            warnings.warn(message, category, stacklevel + 1, source)

        def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None):
            import warnings
            warnings.warn_explicit(message, category, filename, lineno, module, registry, module_globals, source)
        """)
    }

    /// marshal exists for importlib's bytecode loader, which tiercel never
    /// uses: it compiles from source.
    static func makeMarshal(_ rt: Runtime) throws -> Value {
        try NativeModules.withPython(rt, "marshal", """
        version = 4

        def _unsupported(*args, **kwargs):
            raise NotImplementedError("marshal is not supported by tiercel yet")

        dumps = loads = dump = load = _unsupported
        """)
    }
}
