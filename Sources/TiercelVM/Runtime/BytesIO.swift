/// io.BytesIO: an in-memory binary stream over a bytearray.
enum BytesIOType {
    static func make(_ rt: Runtime, base: Value) throws -> Value {
        let t = try MemoryStreams.nativeClass(rt, "BytesIO", bases: [base], fields: MemoryStreams.fieldCount)
        func buffer(_ rt: Runtime, _ v: Value) throws -> UnsafeMutableRawPointer {
            try MemoryStreams.openBuffer(rt, v, t, period: true)
        }
        func bytes(_ rt: Runtime, _ b: UnsafeMutableRawPointer, _ range: Range<Int>) throws -> Value {
            try BytesObject.make(rt, UnsafeBufferPointer(start: ByteArrayObject.data(b) + range.lowerBound, count: range.count))
        }
        func write(_ rt: Runtime, _ v: Value, _ data: Value) throws -> Int {
            let b = try buffer(rt, v)
            guard let view = BytesObject.view(data) else {
                throw PythonError("TypeError", "a bytes-like object is required, not '\(rt.typeName(data))'")
            }
            let at = try MemoryStreams.position(rt, v, t)
            // Copy first: `data` may be this very buffer's bytearray.
            let copy = Array(view)
            try copy.withUnsafeBytes { try MemoryStreams.write(rt, b, at: at, width: 1, $0) }
            try MemoryStreams.setPosition(rt, v, t, at + copy.count)
            return copy.count
        }
        func readLine(_ rt: Runtime, _ v: Value, limit: Int?) throws -> Value {
            let b = try buffer(rt, v)
            let n = ByteArrayObject.count(b)
            let start = min(try MemoryStreams.position(rt, v, t), n)
            let stop = limit.map { min(n, start + $0) } ?? n
            var end = start
            while end < stop {
                end += 1
                if ByteArrayObject.data(b)[end - 1] == 0x0A { break }
            }
            try MemoryStreams.setPosition(rt, v, t, end)
            return try bytes(rt, b, start..<end)
        }
        func read(_ rt: Runtime, _ args: UnsafeBufferPointer<Value>) throws -> Value {
            try BuiltinMethods.arity("read", args, 0...1)
            let b = try buffer(rt, args[0])
            let n = ByteArrayObject.count(b)
            let start = min(try MemoryStreams.position(rt, args[0], t), n)
            let end = try MemoryStreams.size(rt, args, 1).map { min(n, start + $0) } ?? n
            try MemoryStreams.setPosition(rt, args[0], t, end)
            return try bytes(rt, b, start..<end)
        }

        try rt.defineMethod(t, "__init__", keywords: ["initial_bytes"]) { rt, args in
            try BuiltinMethods.arity("BytesIO", args, 0...1)
            var initial: Value = args.count > 1 ? args[1] : .none
            for (_, value) in rt.pendingKeywords { initial = value }
            try MemoryStreams.initialize(rt, args[0], t)
            if !initial.isNone {
                _ = try write(rt, args[0], initial)
                try MemoryStreams.setPosition(rt, args[0], t, 0)
            }
            return .none
        }
        try rt.defineMethod(t, "getvalue") { rt, args in
            let b = try buffer(rt, args[0])
            return try bytes(rt, b, 0..<ByteArrayObject.count(b))
        }
        try rt.defineMethod(t, "read") { rt, args in try read(rt, args) }
        try rt.defineMethod(t, "read1") { rt, args in try read(rt, args) }
        try rt.defineMethod(t, "readinto") { rt, args in
            try BuiltinMethods.arity("readinto", args, 1...1)
            let b = try buffer(rt, args[0])
            guard args[1].isObject, args[1].asObject.objectKind == .bytearray else {
                throw PythonError("TypeError", "readinto() argument must be read-write bytes-like object, not \(rt.typeName(args[1]))")
            }
            let target = args[1].asObject
            let n = ByteArrayObject.count(b)
            let start = min(try MemoryStreams.position(rt, args[0], t), n)
            let count = min(ByteArrayObject.count(target), n - start)
            ByteArrayObject.data(target).update(from: ByteArrayObject.data(b) + start, count: count)
            try MemoryStreams.setPosition(rt, args[0], t, start + count)
            return Value(uncheckedSmallInt: Int64(count))
        }
        try MemoryStreams.defineLineReading(rt, t, length: MemoryStreams.bytesLength) { rt, v, limit in try readLine(rt, v, limit: limit) }
        try MemoryStreams.definePositioned(rt, t, width: 1, text: false, write: write)
        try MemoryStreams.defineCommon(rt, t, period: true)
        return t
    }
}
