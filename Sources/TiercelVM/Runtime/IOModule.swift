/// The io module (also importable as _io): the IOBase hierarchy, StringIO,
/// BytesIO, open, the file classes and UnsupportedOperation. The base
/// classes exist from startup, since sys's streams and open()'s files are
/// instances of their subclasses; StringIO and BytesIO are made at import.
enum IOModule {
    /// IOBase, RawIOBase, BufferedIOBase, TextIOBase.
    static func installBases(_ rt: Runtime) throws {
        let base = try MemoryStreams.nativeClass(rt, "IOBase", bases: [rt.types.object], module: "io")
        rt.ioBases = [base]
        for name in ["RawIOBase", "BufferedIOBase", "TextIOBase"] {
            rt.ioBases.append(try MemoryStreams.nativeClass(rt, name, bases: [base], module: "io"))
        }
    }

    static var textBase: Int { 3 }
    static var bufferedBase: Int { 2 }

    static func make(_ rt: Runtime) throws -> Value {
        if !rt.ioModule.isNone { return rt.ioModule }
        rt.ioModule = rt.pin(try NativeModules.module(rt, "io") { rt, d in
            for (name, t) in zip(["IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase"], rt.ioBases) {
                try NativeModules.value(rt, d, name, t)
                try NativeModules.value(rt, d, "_" + name, t)
            }
            try NativeModules.value(rt, d, "StringIO", try StringIOType.make(rt, base: rt.ioBases[textBase]))
            try NativeModules.value(rt, d, "BytesIO", try BytesIOType.make(rt, base: rt.ioBases[bufferedBase]))
            try NativeModules.value(rt, d, "TextIOWrapper", rt.textFileType)
            for (name, t) in zip(["BufferedReader", "BufferedWriter", "BufferedRandom"], rt.binaryFileTypes) {
                try NativeModules.value(rt, d, name, t)
            }
            try NativeModules.value(rt, d, "UnsupportedOperation", rt.unsupportedOperation)
            try NativeModules.value(rt, d, "open", try rt.builtin("open"))
            try NativeModules.value(rt, d, "SEEK_SET", Value(uncheckedSmallInt: 0))
            try NativeModules.value(rt, d, "SEEK_CUR", Value(uncheckedSmallInt: 1))
            try NativeModules.value(rt, d, "SEEK_END", Value(uncheckedSmallInt: 2))
            try NativeModules.value(rt, d, "DEFAULT_BUFFER_SIZE", Value(uncheckedSmallInt: 8192))
            try NativeModules.value(rt, d, "BlockingIOError", try rt.builtin("BlockingIOError"))
            // open_code(path): how importlib reads source, open(path, "rb") with no hook.
            let open = try rt.builtin("open")
            try NativeModules.function(rt, d, "open_code") { rt, args in
                try Builtins.exactly(1, "open_code", args)
                guard StrObject.isStr(args[0]) else {
                    throw PythonError("TypeError", "open_code() argument 'path' must be str, not \(rt.typeName(args[0]))")
                }
                return try rt.call(open, [args[0], try rt.intern("rb")])
            }
            try NativeModules.function(rt, d, "text_encoding") { rt, args in
                try BuiltinMethods.arity("text_encoding", args, 0...1)
                return args.count > 0 && !args[0].isNone ? args[0] : try rt.intern("utf-8")
            }
        })
        try TextOverBuffer.install(rt, module: rt.ioModule)
        return rt.ioModule
    }
}
