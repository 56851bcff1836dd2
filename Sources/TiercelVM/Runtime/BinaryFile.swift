#if canImport(Glibc)
import Glibc
#endif

/// The methods of binary files (open(path, 'rb'), 'wb', 'r+b', ...): bytes
/// in and out of the C stdio stream, with the messages of CPython's
/// buffered readers and writers.
enum BinaryFile {
    /// The stream for a read or a write; on a closed file CPython's buffered
    /// objects say "read of closed file" / "write to closed file".
    private static func stream(_ rt: Runtime, _ v: Value, writing: Bool) throws -> UnsafeMutablePointer<FILE> {
        let closed = try Instance.get(rt, v.asObject, try rt.intern("closed")) ?? .false
        if closed == .true { throw PythonError("ValueError", writing ? "write to closed file" : "read of closed file") }
        return try TextFile.handle(rt, v, writing: writing, binary: true)
    }

    static func defineMethods(_ rt: Runtime, _ t: Value) throws {
        func readLine(_ rt: Runtime, _ v: Value, limit: Int?) throws -> Value {
            try BytesObject.make(rt, TextFile.readLineBytes(try stream(rt, v, writing: false), limit: limit, carriageReturn: false))
        }
        func read(_ rt: Runtime, _ args: UnsafeBufferPointer<Value>) throws -> Value {
            try BuiltinMethods.arity("read", args, 0...1)
            let f = try stream(rt, args[0], writing: false)
            guard let n = try MemoryStreams.size(rt, args, 1) else { return try BytesObject.make(rt, TextFile.readAllBytes(f)) }
            var bytes = [UInt8](repeating: 0, count: n)
            let got = bytes.withUnsafeMutableBytes { fread($0.baseAddress, 1, n, f) }
            return try BytesObject.make(rt, Array(bytes[0..<got]))
        }
        try rt.defineMethod(t, "read") { rt, args in try read(rt, args) }
        try rt.defineMethod(t, "read1") { rt, args in try read(rt, args) }
        try rt.defineMethod(t, "readline") { rt, args in
            try BuiltinMethods.arity("readline", args, 0...1)
            return try readLine(rt, args[0], limit: try MemoryStreams.size(rt, args, 1))
        }
        try rt.defineMethod(t, "readlines") { rt, args in
            try MemoryStreams.readLines(rt, length: MemoryStreams.bytesLength) { try readLine(rt, args[0], limit: nil) }
        }
        try rt.defineMethod(t, "__next__") { rt, args in
            let line = try readLine(rt, args[0], limit: nil)
            if BytesObject.length(line.asObject) == 0 { throw PythonError("StopIteration", "") }
            return line
        }
        try rt.defineMethod(t, "write") { rt, args in
            try BuiltinMethods.arity("write", args, 1...1)
            let f = try stream(rt, args[0], writing: true)
            guard let view = BytesObject.view(args[1]) else {
                throw PythonError("TypeError", "a bytes-like object is required, not '\(rt.typeName(args[1]))'")
            }
            _ = fwrite(view.baseAddress, 1, view.count, f)
            return Value(uncheckedSmallInt: Int64(view.count))
        }
        try rt.defineMethod(t, "writelines") { rt, args in
            let f = try stream(rt, args[0], writing: true)
            try rt.withTemporaryRoots(1) { roots in
                roots[0] = try rt.listFrom(args[1])
                for item in Builtins.elements(roots[0]) {
                    guard let view = BytesObject.view(item) else {
                        throw PythonError("TypeError", "a bytes-like object is required, not '\(rt.typeName(item))'")
                    }
                    _ = fwrite(view.baseAddress, 1, view.count, f)
                }
            }
            return .none
        }
    }
}
