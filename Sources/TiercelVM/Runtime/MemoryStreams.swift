/// What io.StringIO and io.BytesIO share: native classes whose instances
/// keep their state in fixed fields (as `__slots__` do, so Python
/// subclasses inherit the layout), and a growable buffer of fixed-width
/// elements (bytes, or a str's code points as UInt32) in a bytearray the
/// collector owns.
enum MemoryStreams {
    /// Fixed fields: the bytearray, the position in elements, closed
    /// (False/True; empty before __init__), and StringIO's newline mode.
    static let buffer = 0, position = 1, closed = 2, newline = 3
    static let fieldCount = 4

    /// A class of module `_io` with `fields` fixed fields in its instances.
    static func nativeClass(_ rt: Runtime, _ name: String, bases: [Value], fields: Int = 0, module: String = "_io") throws -> Value {
        let t = rt.pin(try TypeObject.make(rt, name: name, bases: bases, dict: nil, instanceKind: .instance,
                                           flags: TypeObject.heapType | TypeObject.baseType | TypeObject.qualifiedName, module: module))
        TypeObject.set(t.asObject, TypeObject.memberSlots, Value(uncheckedSmallInt: Int64(fields)))
        return t
    }

    /// Field `k` of a stream instance, whose class is `type` or derives from it.
    static func field(_ rt: Runtime, _ v: Value, _ k: Int, _ type: Value, fields: Int = fieldCount) throws -> UnsafeMutablePointer<Value> {
        guard v.isObject, v.asObject.objectKind == .instance, TypeObject.isSubtype(rt.typeOf(v).asObject, type.asObject),
              Instance.memberSlots(v.asObject) >= fields else {
            throw PythonError("TypeError", "descriptor requires a '\(TypeObject.nameString(rt, type.asObject))' object but received '\(rt.typeName(v))'")
        }
        return Instance.memberSlot(v.asObject, k)
    }

    /// The buffer of an open, initialized stream; `period` picks between
    /// StringIO's message and BytesIO's (which ends with a full stop).
    static func openBuffer(_ rt: Runtime, _ v: Value, _ type: Value, period: Bool) throws -> UnsafeMutableRawPointer {
        let state = try field(rt, v, closed, type).pointee
        if state.isEmpty { throw PythonError("ValueError", "I/O operation on uninitialized object") }
        if state == .true { throw closedError(period: period) }
        return try field(rt, v, buffer, type).pointee.asObject
    }

    static func closedError(period: Bool) -> PythonError {
        PythonError("ValueError", "I/O operation on closed file" + (period ? "." : ""))
    }

    static func position(_ rt: Runtime, _ v: Value, _ type: Value) throws -> Int {
        Int(try field(rt, v, position, type).pointee.asSmallInt)
    }

    static func setPosition(_ rt: Runtime, _ v: Value, _ type: Value, _ p: Int) throws {
        try field(rt, v, position, type).pointee = Value(uncheckedSmallInt: Int64(p))
    }

    /// A read size argument: nil for "all" (missing, None or negative).
    static func size(_ rt: Runtime, _ args: UnsafeBufferPointer<Value>, _ i: Int) throws -> Int? {
        guard i < args.count, !args[i].isNone else { return nil }
        guard let n = try rt.indexValue(args[i]) else {
            throw PythonError("TypeError", "argument should be integer or None, not '\(rt.typeName(args[i]))'")
        }
        let k = try BuiltinMethods.index(rt, n)
        return k < 0 ? nil : k
    }

    /// readlines(hint): the lines `next` returns until an empty one, or until
    /// their total length reaches `hint`.
    static func readLines(_ rt: Runtime, hint: Int? = nil, length: (Value) -> Int, _ next: () throws -> Value) throws -> Value {
        try rt.withTemporaryRoots(2) { roots in
            roots[0] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
            var total = 0
            while true {
                roots[1] = try next()
                let n = length(roots[1])
                if n == 0 { break }
                try ListObject.append(rt, roots[0].asObject, roots[1])
                total += n
                if let hint, total >= hint { break }
            }
            return roots[0]
        }
    }

    static func strLength(_ v: Value) -> Int { StrObject.length(v.asObject) }
    static func bytesLength(_ v: Value) -> Int { BytesObject.length(v.asObject) }

    // MARK: The element buffer

    static func count(_ b: UnsafeMutableRawPointer, width: Int) -> Int { ByteArrayObject.count(b) / width }

    /// Writes `bytes` at element `at`, padding with zero elements when `at`
    /// is past the end, as both streams do.
    static func write(_ rt: Runtime, _ b: UnsafeMutableRawPointer, at: Int, width: Int, _ bytes: UnsafeRawBufferPointer) throws {
        let start = at * width
        let end = start + bytes.count
        let old = ByteArrayObject.count(b)
        try ByteArrayObject.reserve(rt, b, end)
        let data = ByteArrayObject.data(b)
        if start > old { (data + old).initialize(repeating: 0, count: start - old) }
        if let base = bytes.baseAddress { (data + start).update(from: base.assumingMemoryBound(to: UInt8.self), count: bytes.count) }
        if end > old { ValueVector.values(b)[0] = Value(uncheckedSmallInt: Int64(end)) }
    }

    static func truncate(_ b: UnsafeMutableRawPointer, to n: Int, width: Int) {
        if n * width < ByteArrayObject.count(b) { ValueVector.values(b)[0] = Value(uncheckedSmallInt: Int64(n * width)) }
    }

    /// seek(pos, whence) for both streams: the new position, with the
    /// messages of the stream's own C implementation.
    static func seek(_ rt: Runtime, _ args: UnsafeBufferPointer<Value>, count: Int, current: Int, text: Bool) throws -> Int {
        try BuiltinMethods.arity("seek", args, 1...2)
        let offset = try BuiltinMethods.index(rt, try rt.requireIndex(args[1]))
        let whence = args.count > 2 ? try BuiltinMethods.index(rt, try rt.requireIndex(args[2])) : 0
        guard (0...2).contains(whence) else {
            throw PythonError("ValueError", "\(text ? "Invalid" : "invalid") whence (\(whence), should be 0, 1 or 2)")
        }
        if text {
            if whence == 0 && offset < 0 { throw PythonError("ValueError", "Negative seek position \(offset)") }
            if whence != 0 && offset != 0 {
                throw PythonError("OSError", "Can't do nonzero \(whence == 1 ? "cur" : "end")-relative seeks")
            }
            return whence == 0 ? offset : (whence == 1 ? current : count)
        }
        if whence == 0 && offset < 0 { throw PythonError("ValueError", "negative seek value \(offset)") }
        return max(0, (whence == 0 ? 0 : (whence == 1 ? current : count)) + offset)
    }

    /// truncate(size=None): the new size; the position does not move.
    static func truncateSize(_ rt: Runtime, _ args: UnsafeBufferPointer<Value>, position: Int, text: Bool) throws -> Int {
        try BuiltinMethods.arity("truncate", args, 0...1)
        guard args.count > 1, !args[1].isNone else { return position }
        let n = try BuiltinMethods.index(rt, try rt.requireIndex(args[1]))
        if n < 0 { throw PythonError("ValueError", "\(text ? "Negative" : "negative") size value \(n)") }
        return n
    }

    /// Fresh state for __init__: an empty buffer at position 0, open.
    static func initialize(_ rt: Runtime, _ v: Value, _ t: Value) throws {
        try field(rt, v, buffer, t).pointee = try ByteArrayObject.make(rt, [])
        try field(rt, v, closed, t).pointee = .false
        try setPosition(rt, v, t, 0)
    }

    /// write, tell, seek and truncate over a buffer of `width`-byte
    /// elements; `write` stores at the position and returns the length to report.
    static func definePositioned(_ rt: Runtime, _ t: Value, width: Int, text: Bool,
                                 write: @escaping (Runtime, Value, Value) throws -> Int) throws {
        func buffer(_ rt: Runtime, _ v: Value) throws -> UnsafeMutableRawPointer { try openBuffer(rt, v, t, period: !text) }
        try rt.defineMethod(t, "write") { rt, args in
            try BuiltinMethods.arity("write", args, 1...1)
            return Value(uncheckedSmallInt: Int64(try write(rt, args[0], args[1])))
        }
        try rt.defineMethod(t, "tell") { rt, args in
            _ = try buffer(rt, args[0])
            return Value(uncheckedSmallInt: Int64(try position(rt, args[0], t)))
        }
        try rt.defineMethod(t, "seek") { rt, args in
            let b = try buffer(rt, args[0])
            let p = try seek(rt, args, count: count(b, width: width), current: try position(rt, args[0], t), text: text)
            try setPosition(rt, args[0], t, p)
            return Value(uncheckedSmallInt: Int64(p))
        }
        try rt.defineMethod(t, "truncate") { rt, args in
            let b = try buffer(rt, args[0])
            let n = try truncateSize(rt, args, position: try position(rt, args[0], t), text: text)
            truncate(b, to: n, width: width)
            return Value(uncheckedSmallInt: Int64(n))
        }
    }

    /// readline, readlines and __next__ over a stream's `readLine(limit)`.
    static func defineLineReading(_ rt: Runtime, _ t: Value, length: @escaping (Value) -> Int,
                                  readLine: @escaping (Runtime, Value, Int?) throws -> Value) throws {
        try rt.defineMethod(t, "readline") { rt, args in
            try BuiltinMethods.arity("readline", args, 0...1)
            return try readLine(rt, args[0], try size(rt, args, 1))
        }
        try rt.defineMethod(t, "readlines") { rt, args in
            try BuiltinMethods.arity("readlines", args, 0...1)
            let hint = try size(rt, args, 1).flatMap { $0 == 0 ? nil : $0 }
            return try readLines(rt, hint: hint, length: length) { try readLine(rt, args[0], nil) }
        }
        try rt.defineMethod(t, "__next__") { rt, args in
            // Iteration reports a closed stream with IOBase's message (a full stop).
            _ = try openBuffer(rt, args[0], t, period: true)
            let line = try readLine(rt, args[0], nil)
            if length(line) == 0 { throw PythonError("StopIteration", "") }
            return line
        }
    }

    /// The methods every stream has that only check it is open.
    static func defineCommon(_ rt: Runtime, _ t: Value, period: Bool) throws {
        for (name, answer) in [("readable", Value.true), ("writable", .true), ("seekable", .true), ("isatty", .false)] {
            try rt.defineMethod(t, name) { rt, args in
                _ = try openBuffer(rt, args[0], t, period: period)
                return answer
            }
        }
        try rt.defineMethod(t, "flush") { rt, args in
            _ = try openBuffer(rt, args[0], t, period: period)
            return .none
        }
        try rt.defineMethod(t, "close") { rt, args in
            try field(rt, args[0], closed, t).pointee = .true
            return .none
        }
        try rt.defineMethod(t, "__enter__") { rt, args in
            _ = try openBuffer(rt, args[0], t, period: true)
            return args[0]
        }
        try rt.defineMethod(t, "__exit__") { rt, args in
            try field(rt, args[0], closed, t).pointee = .true
            return .none
        }
        try rt.defineMethod(t, "__iter__") { rt, args in
            _ = try openBuffer(rt, args[0], t, period: true)
            return args[0]
        }
        try rt.defineMethod(t, "writelines") { rt, args in
            try BuiltinMethods.arity("writelines", args, 1...1)
            try rt.withTemporaryRoots(2) { roots in
                roots[0] = try rt.getAttr(args[0], try rt.intern("write"))
                roots[1] = try rt.listFrom(args[1])
                for line in Builtins.elements(roots[1]) { _ = try rt.call(roots[0], [line]) }
            }
            return .none
        }
        try rt.defineProperty(t, "closed") { rt, v in
            let state = try field(rt, v, closed, t).pointee
            return state.isEmpty ? .false : state
        }
    }
}
