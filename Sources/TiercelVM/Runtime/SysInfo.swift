#if canImport(Glibc)
import Glibc
#endif

/// sys's descriptions of the runtime: the struct sequences (flags,
/// float_info, int_info, hash_info, thread_info, implementation) and the
/// constants and queries programs read to adapt to the interpreter.
extension SysModule {
    /// A tuple whose type names its fields, as CPython's struct sequences: `sys.NAME(field=value, ...)`.
    static func structSequence(_ rt: Runtime, _ name: String, _ fields: [String], _ values: [Value],
                               reprName: String? = nil) throws -> Value {
        try rt.withTemporaryRoots(2) { roots in
            roots[0] = try rt.tuple(values)
            let t = rt.pin(try TypeObject.make(rt, name: name, bases: [rt.types.tuple], dict: nil, instanceKind: .tuple,
                                               flags: TypeObject.heapType | TypeObject.qualifiedName | TypeObject.sequence, module: "sys"))
            for (i, field) in fields.enumerated() {
                try rt.defineProperty(t, field) { _, v in TupleObject.items(v.asObject)[i] }
            }
            let shown = reprName ?? "sys.\(name)"
            try rt.defineMethod(t, "__repr__") { rt, args in
                let items = try (0..<fields.count).map { "\(fields[$0])=\(try rt.repr(TupleObject.items(args[0].asObject)[$0]))" }
                return try rt.makeStr("\(shown)(\(items.joined(separator: ", ")))")
            }
            roots[1] = rt.pin(try ImmutableSubclass.instance(rt, of: t, from: roots[0]))
            return roots[1]
        }
    }

    static func installInfo(_ rt: Runtime, _ d: UnsafeMutableRawPointer) throws {
        func int(_ v: Int64) -> Value { Value(uncheckedSmallInt: v) }
        let flagNames = ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
                         "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
                         "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"]
        var flagValues = flagNames.map { _ in int(0) }
        flagValues[flagNames.firstIndex(of: "hash_randomization")!] = int(1)
        flagValues[flagNames.firstIndex(of: "dev_mode")!] = .false
        flagValues[flagNames.firstIndex(of: "safe_path")!] = .false
        flagValues[flagNames.firstIndex(of: "int_max_str_digits")!] = int(-1)
        try NativeModules.value(rt, d, "flags", try structSequence(rt, "flags", flagNames, flagValues))
        try NativeModules.value(rt, d, "float_info", try structSequence(rt, "float_info",
            ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
            [Value(double: Double.greatestFiniteMagnitude), int(1024), int(308), Value(double: Double.leastNormalMagnitude),
             int(-1021), int(-307), int(15), int(53), Value(double: Double.ulpOfOne), int(2), int(1)]))
        try NativeModules.value(rt, d, "int_info", try structSequence(rt, "int_info",
            ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
            [int(30), int(4), int(4300), int(640)]))
        try NativeModules.value(rt, d, "hash_info", try structSequence(rt, "hash_info",
            ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
            [int(64), try rt.ints.make(Int64(NumericHash.modulus)), int(314159), int(0), int(1_000_003), try rt.intern("fnv"),
             int(64), int(0), int(0)]))
        try NativeModules.value(rt, d, "thread_info", try structSequence(rt, "thread_info", ["name", "lock", "version"],
                                                                          [try rt.intern("pthread"), try rt.intern("semaphore"), .none]))
        let hexVersion = int(0x030B_02F0)
        try NativeModules.value(rt, d, "hexversion", hexVersion)
        try NativeModules.value(rt, d, "implementation", try structSequence(rt, "implementation",
            ["name", "cache_tag", "version", "hexversion", "_multiarch"],
            [try rt.intern("tiercel"), .none, try DictObject.get(d, try rt.intern("version_info"), rt.ops) ?? .none, hexVersion, try rt.intern("x86_64-linux-gnu")],
            reprName: "namespace"))
        try NativeModules.value(rt, d, "maxunicode", int(0x10FFFF))
        try NativeModules.value(rt, d, "api_version", int(1013))
        try NativeModules.value(rt, d, "abiflags", try rt.intern(""))
        try NativeModules.value(rt, d, "platlibdir", try rt.intern("lib"))
        try NativeModules.value(rt, d, "float_repr_style", try rt.intern("short"))
        try NativeModules.value(rt, d, "dont_write_bytecode", .false)
        try NativeModules.value(rt, d, "pycache_prefix", .none)
        try rt.withTemporaryRoots(1) { roots in
            for name in ["meta_path", "path_hooks"] {
                roots[0] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
                try NativeModules.value(rt, d, name, roots[0])
            }
            roots[0] = try rt.newDict()
            try NativeModules.value(rt, d, "path_importer_cache", roots[0])
            roots[0] = try rt.tuple(try (["builtins", "sys"] + NativeModules.builders.keys.filter { !$0.contains(".") && $0 != "builtins" && $0 != "sys" }.sorted())
                .map { try rt.intern($0) })
            try NativeModules.value(rt, d, "builtin_module_names", roots[0])
        }
        for (name, value) in [("getdefaultencoding", "utf-8"), ("getfilesystemencoding", "utf-8"),
                              ("getfilesystemencodeerrors", "surrogateescape")] {
            try NativeModules.function(rt, d, name) { rt, args in
                try Builtins.exactly(0, name, args)
                return try rt.intern(value)
            }
        }
        var switchInterval = 0.005
        try NativeModules.function(rt, d, "getswitchinterval") { _, _ in Value(double: switchInterval) }
        try NativeModules.function(rt, d, "setswitchinterval") { rt, args in
            try Builtins.exactly(1, "setswitchinterval", args)
            let v = try Builtins.float(rt, args).asDouble
            guard v > 0 else { throw PythonError("ValueError", "switch interval must be strictly positive") }
            switchInterval = v
            return .none
        }
        // Tracing and profiling hooks are not modelled; clearing them is harmless, installing one is refused.
        for name in ["settrace", "setprofile"] {
            try NativeModules.function(rt, d, name) { rt, args in
                try Builtins.exactly(1, name, args)
                if !args[0].isNone { throw PythonError("NotImplementedError", "sys.\(name)() is not supported by tiercel yet") }
                return .none
            }
        }
        for name in ["gettrace", "getprofile"] {
            try NativeModules.function(rt, d, name) { _, _ in .none }
        }
        try NativeModules.function(rt, d, "is_finalizing") { _, _ in .false }
        try NativeModules.function(rt, d, "breakpointhook", keywords: ["*"], AsyncIterationBuiltins.breakpointHook)
        try NativeModules.function(rt, d, "excepthook") { rt, args in
            guard args.count == 3 else { throw PythonError("TypeError", "excepthook expected 3 arguments, got \(args.count)") }
            guard ExceptionObject.isInstance(args[1]) else {
                throw PythonError("TypeError", "print_exception(): Exception expected for value, \(rt.typeName(args[1])) found")
            }
            rt.printTraceback(args[1])
            return .none
        }
        try NativeModules.value(rt, d, "__excepthook__", try DictObject.get(d, try rt.intern("excepthook"), rt.ops)!)
        try NativeModules.value(rt, d, "__breakpointhook__", try DictObject.get(d, try rt.intern("breakpointhook"), rt.ops)!)
    }
}
