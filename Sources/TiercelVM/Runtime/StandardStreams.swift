#if canImport(Glibc)
import Glibc
#endif

/// sys.stdin, sys.stdout and sys.stderr: text streams over the runtime's
/// output buffers and the C library's stdin, with a `buffer` each for bytes.
/// print() and the traceback printer write to the buffers directly; these
/// objects are what Python code sees and may replace.
enum StandardStreams {
    /// The fixed field saying which stream an object is: 0 stdin, 1 stdout, 2 stderr.
    static let which = 0

    static func make(_ rt: Runtime) throws -> (stdin: Value, stdout: Value, stderr: Value) {
        let text = try MemoryStreams.nativeClass(rt, "TextIOWrapper", bases: [rt.ioBases[IOModule.textBase]], fields: 1)
        let binary = try MemoryStreams.nativeClass(rt, "BufferedWriter", bases: [rt.ioBases[IOModule.bufferedBase]], fields: 1)
        func stream(_ rt: Runtime, _ v: Value) throws -> Int {
            guard v.isObject, v.asObject.objectKind == .instance, Instance.memberSlots(v.asObject) >= 1 else {
                throw PythonError("TypeError", "descriptor requires a '_io.TextIOWrapper' object but received '\(rt.typeName(v))'")
            }
            return Int(Instance.memberSlot(v.asObject, which).pointee.asSmallInt)
        }
        func emit(_ rt: Runtime, _ which: Int, _ s: String) {
            if which == 2 {
                rt.output.flush()
                rt.errorOutput.write(s)
            } else {
                rt.output.write(s)
            }
        }
        func unsupported(_ rt: Runtime, _ message: String) throws -> RaisedException {
            RaisedException(value: try ExceptionObject.instance(rt, type: rt.unsupportedOperation, args: [try rt.makeStr(message)]))
        }
        func readLine(_ rt: Runtime, _ v: Value, limit: Int?) throws -> Value {
            if try stream(rt, v) != 0 { throw try unsupported(rt, "not readable") }
            rt.flush()
            let bytes = TextFile.readLineBytes(Glibc.stdin, limit: limit, carriageReturn: true)
            return try rt.makeStr(String(decoding: bytes, as: UTF8.self))
        }
        try rt.defineMethod(text, "write") { rt, args in
            try BuiltinMethods.arity("write", args, 1...1)
            let w = try stream(rt, args[0])
            guard StrObject.isStr(args[1]) else { throw PythonError("TypeError", "write() argument must be str, not \(rt.argumentTypeName(args[1]))") }
            if w == 0 { throw try unsupported(rt, "not writable") }
            emit(rt, w, rt.swiftString(args[1]))
            return Value(uncheckedSmallInt: Int64(StrObject.length(args[1].asObject)))
        }
        try rt.defineMethod(binary, "write") { rt, args in
            try BuiltinMethods.arity("write", args, 1...1)
            let w = try stream(rt, args[0])
            guard let view = BytesObject.view(args[1]) else {
                throw PythonError("TypeError", "a bytes-like object is required, not '\(rt.typeName(args[1]))'")
            }
            if w == 0 { throw try unsupported(rt, "write") }
            // Text written so far goes first, then these bytes, unbuffered.
            rt.flush()
            var offset = 0
            while offset < view.count {
                let n = Glibc.write(w == 2 ? 2 : 1, view.baseAddress! + offset, view.count - offset)
                if n <= 0 { break }
                offset += n
            }
            return Value(uncheckedSmallInt: Int64(view.count))
        }
        try rt.defineMethod(text, "read") { rt, args in
            try BuiltinMethods.arity("read", args, 0...1)
            if try stream(rt, args[0]) != 0 { throw try unsupported(rt, "not readable") }
            rt.flush()
            guard let n = try MemoryStreams.size(rt, args, 1) else {
                return try rt.makeStr(TextFile.translate(String(decoding: TextFile.readAllBytes(Glibc.stdin), as: UTF8.self)))
            }
            var scalars = String.UnicodeScalarView()
            var pending: [UInt8] = []
            while scalars.count < n {
                let c = getc(Glibc.stdin)
                if c == EOF { break }
                pending.append(UInt8(c))
                let decoded = String(decoding: pending, as: UTF8.self)
                if !decoded.unicodeScalars.contains("\u{FFFD}") || pending.count >= 4 {
                    scalars.append(contentsOf: decoded.unicodeScalars)
                    pending.removeAll()
                }
            }
            return try rt.makeStr(String(scalars))
        }
        try rt.defineMethod(text, "readline") { rt, args in
            try BuiltinMethods.arity("readline", args, 0...1)
            return try readLine(rt, args[0], limit: try MemoryStreams.size(rt, args, 1))
        }
        try rt.defineMethod(text, "readlines") { rt, args in
            try MemoryStreams.readLines(rt, length: MemoryStreams.strLength) { try readLine(rt, args[0], limit: nil) }
        }
        try rt.defineMethod(text, "__iter__") { _, args in args[0] }
        try rt.defineMethod(text, "__next__") { rt, args in
            let line = try readLine(rt, args[0], limit: nil)
            if StrObject.length(line.asObject) == 0 { throw PythonError("StopIteration", "") }
            return line
        }
        for t in [text, binary] {
            try rt.defineMethod(t, "flush") { rt, _ in
                rt.flush()
                return .none
            }
            try rt.defineMethod(t, "writable") { rt, args in .bool(try stream(rt, args[0]) != 0) }
            try rt.defineMethod(t, "readable") { rt, args in .bool(try stream(rt, args[0]) == 0) }
            try rt.defineMethod(t, "seekable") { _, _ in .false }
            try rt.defineMethod(t, "isatty") { rt, args in .bool(isatty(Int32(try stream(rt, args[0]))) != 0) }
            try rt.defineMethod(t, "fileno") { rt, args in Value(uncheckedSmallInt: Int64(try stream(rt, args[0]))) }
            try rt.defineProperty(t, "closed") { _, _ in .false }
            try rt.defineProperty(t, "name") { rt, v in try rt.makeStr(["<stdin>", "<stdout>", "<stderr>"][try stream(rt, v)]) }
            try rt.defineProperty(t, "mode") { rt, v in try rt.makeStr(try stream(rt, v) == 0 ? "r" : "w") }
        }
        try rt.defineProperty(text, "encoding") { rt, _ in try rt.intern("utf-8") }
        try rt.defineProperty(text, "errors") { rt, v in try rt.intern(try stream(rt, v) == 2 ? "backslashreplace" : "strict") }
        try rt.defineProperty(text, "line_buffering") { rt, v in .bool(try stream(rt, v) != 0 && rt.output.lineBuffered) }
        try rt.defineMethod(text, "writelines") { rt, args in
            let w = try stream(rt, args[0])
            try rt.withTemporaryRoots(1) { roots in
                roots[0] = try rt.listFrom(args[1])
                for line in Builtins.elements(roots[0]) {
                    guard StrObject.isStr(line) else { throw PythonError("TypeError", "write() argument must be str, not \(rt.argumentTypeName(line))") }
                    emit(rt, w, rt.swiftString(line))
                }
            }
            return .none
        }
        var made: [Value] = []
        for i in 0..<3 {
            let buffer = rt.pin(try Instance.make(rt, type: binary))
            Instance.memberSlot(buffer.asObject, which).pointee = Value(uncheckedSmallInt: Int64(i))
            let s = rt.pin(try Instance.make(rt, type: text))
            Instance.memberSlot(s.asObject, which).pointee = Value(uncheckedSmallInt: Int64(i))
            try Instance.set(rt, s.asObject, try rt.intern("buffer"), buffer)
            made.append(s)
        }
        return (made[0], made[1], made[2])
    }
}
