#if canImport(Glibc)
import Glibc
#endif

/// open() for text files: a TextIOWrapper-like object over a C stdio
/// stream, UTF-8, universal newlines on read. The stream pointer lives in
/// a Swift table indexed by a small int in the object (files are not heap
/// memory the collector knows).
///
///     instance fields (shape slots): name, mode, closed
///     backing: the object keeps its table index in slot `_handle`
enum TextFile {
    static func install(_ rt: Runtime) throws {
        let t = rt.pin(try TypeObject.make(rt, name: "TextIOWrapper", bases: [rt.types.object], dict: nil,
                                           instanceKind: .instance, flags: TypeObject.qualifiedName, module: "_io"))
        rt.textFileType = t
        let unsupported = rt.pin(try TypeObject.make(rt, name: "UnsupportedOperation",
                                                     bases: [try rt.builtin("OSError"), try rt.builtin("ValueError")],
                                                     dict: nil, instanceKind: .exception, flags: TypeObject.baseType, module: "io"))
        /// The stream, checked for the operation the mode allows.
        func handle(_ rt: Runtime, _ v: Value, writing: Bool) throws -> UnsafeMutablePointer<FILE> {
            let f = try handle(rt, v)
            let mode = (try Instance.get(rt, v.asObject, try rt.intern("mode"))).map { rt.swiftString($0) } ?? "r"
            let allowed = mode.contains("+") || (writing ? mode.contains(where: { "wax".contains($0) }) : mode.contains("r"))
            if !allowed {
                throw RaisedException(value: try ExceptionObject.instance(rt, type: unsupported,
                                                                          args: [try rt.makeStr(writing ? "not writable" : "not readable")]))
            }
            return f
        }
        func handle(_ rt: Runtime, _ v: Value) throws -> UnsafeMutablePointer<FILE> {
            guard let h = try Instance.get(rt, v.asObject, try rt.intern("_handle")), h.isSmallInt,
                  let f = rt.openFiles[Int(h.asSmallInt)] else {
                throw PythonError("ValueError", "I/O operation on closed file.")
            }
            return f
        }
        func readAll(_ f: UnsafeMutablePointer<FILE>) -> String {
            var bytes: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, f) }
                if n <= 0 { break }
                bytes += chunk[0..<n]
            }
            return universal(String(decoding: bytes, as: UTF8.self))
        }
        func readLine(_ f: UnsafeMutablePointer<FILE>) -> String {
            var bytes: [UInt8] = []
            while true {
                let c = getc(f)
                if c == EOF { break }
                bytes.append(UInt8(c))
                if c == 0x0A { break }
                if c == 0x0D {
                    let d = getc(f)
                    if d != 0x0A && d != EOF { ungetc(d, f) }
                    bytes[bytes.count - 1] = 0x0A
                    break
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        try rt.defineMethod(t, "read") { rt, args in
            let f = try handle(rt, args[0], writing: false)
            if args.count > 1 && !args[1].isNone && args[1].isSmallInt && args[1].asSmallInt >= 0 {
                var bytes: [UInt8] = []
                var n = Int(args[1].asSmallInt)
                while n > 0 {
                    let c = getc(f)
                    if c == EOF { break }
                    bytes.append(UInt8(c))
                    // The continuation bytes of this character.
                    let more = c >= 0xF0 ? 3 : (c >= 0xE0 ? 2 : (c >= 0xC0 ? 1 : 0))
                    for _ in 0..<more {
                        let d = getc(f)
                        if d == EOF { break }
                        bytes.append(UInt8(d))
                    }
                    n -= 1
                }
                return try rt.makeStr(universal(String(decoding: bytes, as: UTF8.self)))
            }
            return try rt.makeStr(readAll(f))
        }
        try rt.defineMethod(t, "readline") { rt, args in try rt.makeStr(readLine(try handle(rt, args[0], writing: false))) }
        try rt.defineMethod(t, "readlines") { rt, args in
            let f = try handle(rt, args[0], writing: false)
            return try rt.withTemporaryRoots(2) { roots in
                roots[0] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
                while true {
                    let line = readLine(f)
                    if line.isEmpty { break }
                    roots[1] = try rt.makeStr(line)
                    try ListObject.append(rt, roots[0].asObject, roots[1])
                }
                return roots[0]
            }
        }
        try rt.defineMethod(t, "write") { rt, args in
            try BuiltinMethods.arity("write", args, 1...1)
            guard StrObject.isStr(args[1]) else {
                throw PythonError("TypeError", "write() argument must be str, not \(rt.typeName(args[1]))")
            }
            let f = try handle(rt, args[0], writing: true)
            let text = rt.swiftString(args[1])
            _ = text.utf8CString.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count - 1, f) }
            return Value(uncheckedSmallInt: Int64(StrObject.length(args[1].asObject)))
        }
        try rt.defineMethod(t, "writelines") { rt, args in
            let f = try handle(rt, args[0], writing: true)
            try rt.withTemporaryRoots(1) { roots in
                roots[0] = try rt.listFrom(args[1])
                for line in Builtins.elements(roots[0]) {
                    _ = try rt.str(line).utf8CString.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count - 1, f) }
                }
            }
            return .none
        }
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
        try rt.defineMethod(t, "__next__") { rt, args in
            let line = readLine(try handle(rt, args[0], writing: false))
            if line.isEmpty { throw PythonError("StopIteration", "") }
            return try rt.makeStr(line)
        }
        let index = rt.registerNative("open", keywords: ["mode", "encoding", "newline", "errors"]) { rt, args in
            guard args.count >= 1 && args.count <= 3 else {
                throw PythonError("TypeError", "open() takes at most 3 positional arguments (\(args.count) given)")
            }
            var mode = args.count > 1 ? args[1] : try rt.intern("r")
            for (k, v) in rt.pendingKeywords where k == "mode" { mode = v }
            guard StrObject.isStr(args[0]) else {
                throw PythonError("TypeError", "expected str, bytes or os.PathLike object, not \(rt.typeName(args[0]))")
            }
            let path = rt.swiftString(args[0])
            var m = rt.swiftString(mode)
            if m.contains("b") { throw PythonError("NotImplementedError", "binary files are not supported by tiercel yet") }
            m = m.replacingOccurrences(of: "t", with: "")
            guard ["r", "w", "a", "x", "r+", "w+", "a+"].contains(m) else { throw PythonError("ValueError", "invalid mode: '\(rt.swiftString(mode))'") }
            if m == "x" && access(path, F_OK) == 0 {
                throw PythonError.os("FileExistsError", errno: 17, strerror: "File exists", filename: args[0], shown: try rt.repr(args[0]))
            }
            guard let f = fopen(path, m == "x" ? "w" : m) else {
                let code = errno
                let message = String(cString: strerror(code))
                let type = code == ENOENT ? "FileNotFoundError" : (code == EACCES ? "PermissionError" : (code == EISDIR ? "IsADirectoryError" : "OSError"))
                throw PythonError.os(type, errno: code, strerror: message, filename: args[0], shown: try rt.repr(args[0]))
            }
            return try rt.withTemporaryRoots(1) { roots in
                roots[0] = try Instance.make(rt, type: rt.textFileType)
                rt.openFiles.append(f)
                try Instance.set(rt, roots[0].asObject, try rt.intern("_handle"), Value(uncheckedSmallInt: Int64(rt.openFiles.count - 1)))
                try Instance.set(rt, roots[0].asObject, try rt.intern("name"), args[0])
                try Instance.set(rt, roots[0].asObject, try rt.intern("mode"), mode)
                try Instance.set(rt, roots[0].asObject, try rt.intern("closed"), .false)
                return roots[0]
            }
        }
        try rt.setBuiltin("open", rt.pin(try BuiltinFunctionObject.make(rt, index: index, name: "open")))
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

    /// Universal newlines: \r\n and \r read as \n.
    static func universal(_ s: String) -> String {
        s.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
