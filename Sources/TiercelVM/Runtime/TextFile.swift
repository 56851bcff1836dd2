#if canImport(Glibc)
import Glibc
#endif

/// open(): files over C stdio streams. Text files (TextIOWrapper) decode
/// with their encoding (UTF-8, ASCII or Latin-1) and read with universal
/// newlines; binary files (BufferedReader / BufferedWriter /
/// BufferedRandom) read and write bytes. The stream pointer lives in a
/// Swift table indexed by a small int in the object (files are not heap
/// memory the collector knows).
///
///     shape slots: _handle, name, mode, closed, and encoding for text
enum TextFile {
    static func install(_ rt: Runtime) throws {
        try IOModule.installBases(rt)
        func fileClass(_ name: String, _ base: Int) throws -> Value {
            rt.pin(try TypeObject.make(rt, name: name, bases: [rt.ioBases[base]], dict: nil,
                                       instanceKind: .instance, flags: TypeObject.qualifiedName, module: "_io"))
        }
        let text = try fileClass("TextIOWrapper", IOModule.textBase)
        rt.textFileType = text
        let binary = try ["BufferedReader", "BufferedWriter", "BufferedRandom"].map { try fileClass($0, IOModule.bufferedBase) }
        rt.binaryFileTypes = binary
        rt.unsupportedOperation = rt.pin(try TypeObject.make(rt, name: "UnsupportedOperation",
                                                             bases: [try rt.builtin("OSError"), try rt.builtin("ValueError")],
                                                             dict: nil, instanceKind: .exception, flags: TypeObject.baseType, module: "io"))
        try defineTextMethods(rt, text)
        for t in binary { try BinaryFile.defineMethods(rt, t) }
        for t in [text] + binary { try defineSharedMethods(rt, t) }
        let index = rt.registerNative("open", keywords: ["mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"]) { rt, args in
            try open(rt, args)
        }
        try rt.setBuiltin("open", rt.pin(try BuiltinFunctionObject.make(rt, index: index, name: "open")))
    }

    // MARK: Opening

    /// What a mode string asks for, checked as io.open checks it.
    struct Mode {
        var stdio: String
        var binary: Bool
        var readable: Bool
        var writable: Bool
        var exclusive: Bool

        init(_ rt: Runtime, _ modeValue: Value) throws {
            let mode = rt.swiftString(modeValue)
            var seen = Set<Character>()
            for c in mode {
                guard "axrwb+t".contains(c), !seen.contains(c) else { throw PythonError("ValueError", "invalid mode: '\(mode)'") }
                seen.insert(c)
            }
            let kinds = seen.intersection(["x", "r", "w", "a"])
            guard kinds.count == 1, let kind = kinds.first else {
                throw PythonError("ValueError", "must have exactly one of create/read/write/append mode")
            }
            if seen.contains("t") && seen.contains("b") { throw PythonError("ValueError", "can't have text and binary mode at once") }
            let plus = seen.contains("+")
            binary = seen.contains("b")
            exclusive = kind == "x"
            readable = kind == "r" || plus
            writable = kind != "r" || plus
            stdio = (kind == "x" ? "w" : String(kind)) + (plus ? "+" : "")
        }
    }

    static func open(_ rt: Runtime, _ args: UnsafeBufferPointer<Value>) throws -> Value {
        guard args.count >= 1 && args.count <= 8 else {
            throw PythonError("TypeError", "open() takes at most 8 arguments (\(args.count) given)")
        }
        var options: [String: Value] = [:]
        for (i, name) in ["mode", "buffering", "encoding", "errors", "newline"].enumerated() where i + 1 < args.count {
            options[name] = args[i + 1]
        }
        for (k, v) in rt.pendingKeywords { options[k] = v }
        let path = args[0]
        guard StrObject.isStr(path) else {
            throw PythonError("TypeError", "expected str, bytes or os.PathLike object, not \(rt.typeName(path))")
        }
        let modeValue = try options["mode"] ?? rt.intern("r")
        guard StrObject.isStr(modeValue) else {
            throw PythonError("TypeError", "open() argument 'mode' must be str, not \(rt.typeName(modeValue))")
        }
        let mode = try Mode(rt, modeValue)
        var encoding = "utf-8"
        for name in ["encoding", "errors", "newline"] {
            guard let v = options[name], !v.isNone else { continue }
            if mode.binary { throw PythonError("ValueError", "binary mode doesn't take \(name == "newline" ? "a" : "an") \(name) argument") }
            if name == "encoding" {
                guard StrObject.isStr(v) else { throw PythonError("TypeError", "open() argument 'encoding' must be str or None, not \(rt.typeName(v))") }
                encoding = rt.swiftString(v)
                _ = try Codecs.codec(encoding)
            }
        }
        let pathText = rt.swiftString(path)
        if mode.exclusive && access(pathText, F_OK) == 0 {
            throw PythonError.os("FileExistsError", errno: 17, strerror: "File exists", filename: path, shown: try rt.repr(path))
        }
        guard let f = fopen(pathText, mode.stdio) else {
            let code = errno
            let message = String(cString: strerror(code))
            throw PythonError.os(OSErrors.typeName(errno: code), errno: code, strerror: message, filename: path, shown: try rt.repr(path))
        }
        // fopen opens a directory for reading; CPython's open() refuses it.
        var info = Glibc.stat()
        if fstat(fileno(f), &info) == 0 && info.st_mode & S_IFMT == S_IFDIR {
            fclose(f)
            throw PythonError.os("IsADirectoryError", errno: EISDIR, strerror: String(cString: strerror(EISDIR)), filename: path,
                                 shown: try rt.repr(path))
        }
        let type = !mode.binary ? rt.textFileType
            : (mode.readable && mode.writable ? rt.binaryFileTypes[2] : (mode.readable ? rt.binaryFileTypes[0] : rt.binaryFileTypes[1]))
        return try rt.withTemporaryRoots(1) { roots in
            roots[0] = try Instance.make(rt, type: type)
            let o = roots[0].asObject
            rt.openFiles.append(f)
            try Instance.set(rt, o, try rt.intern("_handle"), Value(uncheckedSmallInt: Int64(rt.openFiles.count - 1)))
            try Instance.set(rt, o, try rt.intern("_readable"), .bool(mode.readable))
            try Instance.set(rt, o, try rt.intern("_writable"), .bool(mode.writable))
            try Instance.set(rt, o, try rt.intern("name"), path)
            try Instance.set(rt, o, try rt.intern("mode"), mode.binary ? modeValue : try rt.makeStr(rt.swiftString(modeValue).replacingOccurrences(of: "t", with: "")))
            try Instance.set(rt, o, try rt.intern("closed"), .false)
            if !mode.binary { try Instance.set(rt, o, try rt.intern("encoding"), try rt.makeStr(encoding)) }
            return roots[0]
        }
    }

    // MARK: Access

    /// The open stream of file `v`, or "I/O operation on closed file.".
    static func handle(_ rt: Runtime, _ v: Value) throws -> UnsafeMutablePointer<FILE> {
        guard v.isObject, v.asObject.objectKind == .instance,
              let h = try Instance.get(rt, v.asObject, try rt.intern("_handle")), h.isSmallInt,
              let f = rt.openFiles[Int(h.asSmallInt)] else {
            throw PythonError("ValueError", "I/O operation on closed file.")
        }
        return f
    }

    /// The stream, checked for the operation the mode allows (UnsupportedOperation otherwise).
    static func handle(_ rt: Runtime, _ v: Value, writing: Bool, binary: Bool = false) throws -> UnsafeMutablePointer<FILE> {
        let f = try handle(rt, v)
        let allowed = try Instance.get(rt, v.asObject, try rt.intern(writing ? "_writable" : "_readable")) ?? .false
        if allowed != .true {
            let message = binary ? (writing ? "write" : "read") : (writing ? "not writable" : "not readable")
            throw RaisedException(value: try ExceptionObject.instance(rt, type: rt.unsupportedOperation, args: [try rt.makeStr(message)]))
        }
        return f
    }

    static func close(_ rt: Runtime, _ v: Value) throws {
        guard let h = try Instance.get(rt, v.asObject, try rt.intern("_handle")), h.isSmallInt else { return }
        let i = Int(h.asSmallInt)
        if let f = rt.openFiles[i] {
            fclose(f)
            rt.openFiles[i] = nil
        }
        try Instance.set(rt, v.asObject, try rt.intern("closed"), .true)
    }

    /// Bytes up to and including the next line end (\n; with `carriageReturn`, also \r and \r\n).
    static func readLineBytes(_ f: UnsafeMutablePointer<FILE>, limit: Int? = nil, carriageReturn: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        while limit.map({ bytes.count < $0 }) ?? true {
            let c = getc(f)
            if c == EOF { break }
            bytes.append(UInt8(c))
            if c == 0x0A { break }
            if c == 0x0D && carriageReturn {
                let d = getc(f)
                if d == 0x0A { bytes.append(0x0A) } else if d != EOF { ungetc(d, f) }
                break
            }
        }
        return bytes
    }

    /// Universal newlines: \r\n and \r read as \n.
    static func translate(_ s: String) -> String {
        s.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    static func readAllBytes(_ f: UnsafeMutablePointer<FILE>) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, f) }
            if n <= 0 { break }
            bytes += chunk[0..<n]
        }
        return bytes
    }

    // MARK: Text files

    private static func defineTextMethods(_ rt: Runtime, _ t: Value) throws {
        func encoding(_ rt: Runtime, _ v: Value) throws -> String {
            (try Instance.get(rt, v.asObject, try rt.intern("encoding"))).map { rt.swiftString($0) } ?? "utf-8"
        }
        /// Decoded text with universal newlines.
        func decode(_ rt: Runtime, _ v: Value, _ bytes: [UInt8]) throws -> Value {
            let codes = try Codecs.decode(rt, bytes, try Codecs.codec(try encoding(rt, v)), errors: "strict", final: true).text
            guard let s = StrObject.make(rt.heap, codePoints: StringIOType.translateToLF(codes)) else { throw PythonError("MemoryError", "") }
            return s
        }
        func readLine(_ rt: Runtime, _ v: Value) throws -> Value {
            try decode(rt, v, readLineBytes(try handle(rt, v, writing: false), carriageReturn: true))
        }
        func write(_ f: UnsafeMutablePointer<FILE>, _ bytes: [UInt8]) {
            _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, f) }
        }
        try rt.defineMethod(t, "read") { rt, args in
            try BuiltinMethods.arity("read", args, 0...1)
            let f = try handle(rt, args[0], writing: false)
            guard let n = try MemoryStreams.size(rt, args, 1) else { return try decode(rt, args[0], readAllBytes(f)) }
            // n characters: a UTF-8 lead byte says how many bytes follow it.
            let utf8 = try Codecs.codec(try encoding(rt, args[0])) == .utf8
            var bytes: [UInt8] = []
            var remaining = n
            while remaining > 0 {
                let c = getc(f)
                if c == EOF { break }
                bytes.append(UInt8(c))
                let more = !utf8 ? 0 : (c >= 0xF0 ? 3 : (c >= 0xE0 ? 2 : (c >= 0xC0 ? 1 : 0)))
                for _ in 0..<more {
                    let d = getc(f)
                    if d == EOF { break }
                    bytes.append(UInt8(d))
                }
                // \r\n reads as one character.
                if c == 0x0D {
                    let d = getc(f)
                    if d == 0x0A { bytes.append(0x0A) } else if d != EOF { ungetc(d, f) }
                }
                remaining -= 1
            }
            return try decode(rt, args[0], bytes)
        }
        try rt.defineMethod(t, "readline") { rt, args in try readLine(rt, args[0]) }
        try rt.defineMethod(t, "readlines") { rt, args in
            try MemoryStreams.readLines(rt, length: MemoryStreams.strLength) { try readLine(rt, args[0]) }
        }
        try rt.defineMethod(t, "write") { rt, args in
            try BuiltinMethods.arity("write", args, 1...1)
            guard StrObject.isStr(args[1]) else {
                throw PythonError("TypeError", "write() argument must be str, not \(rt.argumentTypeName(args[1]))")
            }
            let f = try handle(rt, args[0], writing: true)
            write(f, try Codecs.encode(rt, StrObject.codePoints(args[1].asObject), try Codecs.codec(try encoding(rt, args[0])), errors: "strict"))
            return Value(uncheckedSmallInt: Int64(StrObject.length(args[1].asObject)))
        }
        try rt.defineMethod(t, "writelines") { rt, args in
            let f = try handle(rt, args[0], writing: true)
            try rt.withTemporaryRoots(1) { roots in
                roots[0] = try rt.listFrom(args[1])
                for line in Builtins.elements(roots[0]) {
                    guard StrObject.isStr(line) else {
                        throw PythonError("TypeError", "write() argument must be str, not \(rt.argumentTypeName(line))")
                    }
                    write(f, try Codecs.encode(rt, StrObject.codePoints(line.asObject), try Codecs.codec(try encoding(rt, args[0])), errors: "strict"))
                }
            }
            return .none
        }
        try rt.defineMethod(t, "__next__") { rt, args in
            let line = try readLine(rt, args[0])
            if StrObject.length(line.asObject) == 0 { throw PythonError("StopIteration", "") }
            return line
        }
    }

    /// Methods text and binary files share.
    private static func defineSharedMethods(_ rt: Runtime, _ t: Value) throws {
        try rt.defineMethod(t, "flush") { rt, args in
            fflush(try handle(rt, args[0]))
            return .none
        }
        try rt.defineMethod(t, "close") { rt, args in
            try close(rt, args[0])
            return .none
        }
        try rt.defineMethod(t, "__enter__") { rt, args in
            _ = try handle(rt, args[0])
            return args[0]
        }
        try rt.defineMethod(t, "__exit__") { rt, args in
            try close(rt, args[0])
            return .false
        }
        try rt.defineMethod(t, "__iter__") { rt, args in
            _ = try handle(rt, args[0])
            return args[0]
        }
        try rt.defineMethod(t, "tell") { rt, args in
            Value(uncheckedSmallInt: Int64(ftell(try handle(rt, args[0]))))
        }
        try rt.defineMethod(t, "seek") { rt, args in
            try BuiltinMethods.arity("seek", args, 1...2)
            let f = try handle(rt, args[0])
            let offset = try BuiltinMethods.index(rt, try rt.requireIndex(args[1]))
            let whence = args.count > 2 ? try BuiltinMethods.index(rt, try rt.requireIndex(args[2])) : 0
            guard (0...2).contains(whence) else {
                throw PythonError("ValueError", "invalid whence (\(whence), should be 0, 1 or 2)")
            }
            if fseek(f, offset, Int32(whence)) != 0 {
                throw PythonError("OSError", "[Errno \(errno)] \(String(cString: strerror(errno)))")
            }
            return Value(uncheckedSmallInt: Int64(ftell(f)))
        }
        try rt.defineMethod(t, "fileno") { rt, args in Value(uncheckedSmallInt: Int64(fileno(try handle(rt, args[0])))) }
        try rt.defineMethod(t, "isatty") { rt, args in .bool(isatty(fileno(try handle(rt, args[0]))) != 0) }
        try rt.defineMethod(t, "seekable") { rt, args in
            _ = try handle(rt, args[0])
            return .true
        }
        for name in ["readable", "writable"] {
            try rt.defineMethod(t, name) { rt, args in
                _ = try handle(rt, args[0])
                return try Instance.get(rt, args[0].asObject, try rt.intern("_" + name)) ?? .false
            }
        }
    }
}
