/// memoryview over bytes and bytearray: [object, start, count, released],
/// a one-dimensional view of unsigned bytes (format 'B'). Slices with step
/// 1 are views of the same memory; other steps copy, as a contiguous
/// result is all this layout describes.
enum MemoryView {
    static let object = 0, start = 1, count = 2, released = 3

    static func make(_ rt: Runtime, over v: Value, start: Int = 0, count: Int? = nil) throws -> Value {
        var base = v, offset = start
        if v.isObject && v.asObject.objectKind == .memoryview {
            let o = try live(v.asObject)
            base = ValueVector.values(o)[object]
            offset += Int(ValueVector.values(o)[MemoryView.start].asSmallInt)
        }
        guard let bytes = BytesObject.view(base) else {
            throw PythonError("TypeError", "memoryview: a bytes-like object is required, not '\(rt.typeName(v))'")
        }
        let n = count ?? (bytes.count - offset)
        return try vector(rt, kind: .memoryview, [base, Value(uncheckedSmallInt: Int64(offset)), Value(uncheckedSmallInt: Int64(n)), .false])
    }

    /// `o`, unless released.
    static func live(_ o: UnsafeMutableRawPointer) throws -> UnsafeMutableRawPointer {
        if ValueVector.values(o)[released] == .true {
            throw PythonError("ValueError", "operation forbidden on released memoryview object")
        }
        return o
    }

    /// The viewed bytes (clamped to the object's current size), valid until the next allocation.
    static func bytes(_ o: UnsafeMutableRawPointer) -> UnsafeBufferPointer<UInt8> {
        let f = ValueVector.values(o)
        guard f[released] != .true, let all = BytesObject.view(f[object]) else { return UnsafeBufferPointer(start: nil, count: 0) }
        let s = min(Int(f[start].asSmallInt), all.count)
        let n = min(Int(f[count].asSmallInt), all.count - s)
        return UnsafeBufferPointer(start: all.baseAddress.map { $0 + s }, count: n)
    }

    static func readonly(_ o: UnsafeMutableRawPointer) -> Bool { ValueVector.values(o)[object].asObject.objectKind == .bytes }

    static func item(_ rt: Runtime, _ o: UnsafeMutableRawPointer, _ i: Value) throws -> Value {
        _ = try live(o)
        if i.isObject && i.asObject.objectKind == .slice {
            let b = bytes(o)
            let (s, _, step, n) = try rt.sliceIndices(i.asObject, length: b.count)
            if step == 1 { return try make(rt, over: Value(object: o), start: s, count: n) }
            return try make(rt, over: try BytesObject.make(rt, (0..<n).map { b[s + $0 * step] }))
        }
        guard let k = try rt.indexValue(i) else {
            throw PythonError("TypeError", "memoryview: invalid slice key")
        }
        let b = bytes(o)
        var n = try BuiltinMethods.index(rt, k)
        if n < 0 { n += b.count }
        guard n >= 0 && n < b.count else { throw PythonError("IndexError", "index out of bounds on dimension 1") }
        return Value(uncheckedSmallInt: Int64(b[n]))
    }

    static func store(_ rt: Runtime, _ o: UnsafeMutableRawPointer, _ i: Value, _ v: Value) throws {
        _ = try live(o)
        if readonly(o) { throw PythonError("TypeError", "cannot modify read-only memory") }
        let target = UnsafeMutableBufferPointer(mutating: bytes(o))
        if i.isObject && i.asObject.objectKind == .slice {
            let (s, _, step, n) = try rt.sliceIndices(i.asObject, length: target.count)
            guard let source = BytesObject.view(v).map(Array.init) ?? (v.isObject && v.asObject.objectKind == .memoryview ? Array(bytes(v.asObject)) : nil) else {
                throw PythonError("TypeError", "a bytes-like object is required, not '\(rt.typeName(v))'")
            }
            guard source.count == n else {
                throw PythonError("ValueError", "memoryview assignment: lvalue and rvalue have different structures")
            }
            for k in 0..<n { target[s + k * step] = source[k] }
            return
        }
        guard let k = try rt.indexValue(i) else { throw PythonError("TypeError", "memoryview: invalid slice key") }
        var n = try BuiltinMethods.index(rt, k)
        if n < 0 { n += target.count }
        guard n >= 0 && n < target.count else { throw PythonError("IndexError", "index out of bounds on dimension 1") }
        guard v.isSmallInt || v.isBool, (0...255).contains(v.isBool ? (v == .true ? 1 : 0) : v.asSmallInt) else {
            throw PythonError(v.isSmallInt ? "ValueError" : "TypeError",
                              v.isSmallInt ? "memoryview: invalid value for format 'B'" : "memoryview: invalid type for format 'B'")
        }
        target[n] = UInt8(v.isBool ? (v == .true ? 1 : 0) : v.asSmallInt)
    }

    static func install(_ rt: Runtime) throws {
        let t = rt.types.memoryview
        rt.defineConstructor(t, keywords: ["object"]) { rt, args in
            var v: Value? = args.first
            for (_, x) in rt.pendingKeywords { v = x }
            guard let v, args.count <= 1 else {
                throw PythonError("TypeError", "memoryview() missing required argument 'object' (pos 1)")
            }
            return try make(rt, over: v)
        }
        func view(_ args: UnsafeBufferPointer<Value>) throws -> UnsafeMutableRawPointer {
            guard let v = args.first, v.isObject, v.asObject.objectKind == .memoryview else {
                throw PythonError("TypeError", "descriptor requires a 'memoryview' object")
            }
            return v.asObject
        }
        try rt.defineMethod(t, "tobytes") { rt, args in try BytesObject.make(rt, bytes(try live(try view(args)))) }
        try rt.defineMethod(t, "tolist") { rt, args in
            let b = bytes(try live(try view(args)))
            let items = b.map { Value(uncheckedSmallInt: Int64($0)) }
            return try items.withUnsafeBufferPointer { try ListObject.make(rt, $0) }
        }
        try rt.defineMethod(t, "hex") { rt, args in
            try rt.makeStr(bytes(try live(try view(args))).map { String($0, radix: 16).leftPadded(2) }.joined())
        }
        try rt.defineMethod(t, "release") { _, args in
            ValueVector.values(try view(args))[released] = .true
            return .none
        }
        try rt.defineMethod(t, "__enter__") { _, args in
            _ = try live(try view(args))
            return args[0]
        }
        try rt.defineMethod(t, "__exit__") { _, args in
            ValueVector.values(try view(args))[released] = .true
            return .false
        }
    }

    /// obj, nbytes, readonly, itemsize, format, ndim, shape, strides, contiguity.
    static func attribute(_ rt: Runtime, _ o: UnsafeMutableRawPointer, _ name: String) throws -> Value? {
        let known = ["obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape", "strides", "c_contiguous", "f_contiguous", "contiguous"]
        guard known.contains(name) else { return nil }
        _ = try live(o)
        let n = Value(uncheckedSmallInt: Int64(bytes(o).count))
        switch name {
        case "obj": return ValueVector.values(o)[object]
        case "nbytes": return n
        case "readonly": return .bool(readonly(o))
        case "itemsize", "ndim": return Value(uncheckedSmallInt: 1)
        case "format": return try rt.intern("B")
        case "shape": return try rt.tuple([n])
        case "strides": return try rt.tuple([Value(uncheckedSmallInt: 1)])
        default: return .true
        }
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
