/// memoryview over bytes and bytearray: [object, start, count, released,
/// format], a one-dimensional view whose items are bytes (format 'B')
/// unless cast to one of the native integer or float formats. Slices with
/// step 1 are views of the same memory; other steps copy, as a contiguous
/// result is all this layout describes. `count` is in bytes.
enum MemoryView {
    static let object = 0, start = 1, count = 2, released = 3, format = 4

    /// The struct-module formats a view may be cast to, with their sizes.
    static let itemSizes: [UInt8: Int] = [
        UInt8(ascii: "B"): 1, UInt8(ascii: "b"): 1, UInt8(ascii: "c"): 1, UInt8(ascii: "?"): 1,
        UInt8(ascii: "H"): 2, UInt8(ascii: "h"): 2, UInt8(ascii: "I"): 4, UInt8(ascii: "i"): 4,
        UInt8(ascii: "L"): 8, UInt8(ascii: "l"): 8, UInt8(ascii: "Q"): 8, UInt8(ascii: "q"): 8,
        UInt8(ascii: "N"): 8, UInt8(ascii: "n"): 8, UInt8(ascii: "f"): 4, UInt8(ascii: "d"): 8,
    ]

    static func formatCode(_ o: UnsafeMutableRawPointer) -> UInt8 {
        let f = ValueVector.values(o)[format]
        return f.isSmallInt ? UInt8(f.asSmallInt) : UInt8(ascii: "B")
    }

    static func itemSize(_ o: UnsafeMutableRawPointer) -> Int { itemSizes[formatCode(o)] ?? 1 }

    /// Item `i` of a cast view (i < count / itemsize).
    static func decode(_ rt: Runtime, _ o: UnsafeMutableRawPointer, _ i: Int) throws -> Value {
        let b = bytes(o), size = itemSize(o)
        let p = UnsafeRawPointer(b.baseAddress!) + i * size
        func int<T: FixedWidthInteger>(_ t: T.Type) throws -> Value { try rt.ints.make(Int64(truncatingIfNeeded: p.loadUnaligned(as: T.self))) }
        switch formatCode(o) {
        case UInt8(ascii: "b"): return try int(Int8.self)
        case UInt8(ascii: "c"): return try BytesObject.make(rt, [p.load(as: UInt8.self)])
        case UInt8(ascii: "?"): return .bool(p.load(as: UInt8.self) != 0)
        case UInt8(ascii: "H"): return try int(UInt16.self)
        case UInt8(ascii: "h"): return try int(Int16.self)
        case UInt8(ascii: "I"): return try int(UInt32.self)
        case UInt8(ascii: "i"): return try int(Int32.self)
        case UInt8(ascii: "l"), UInt8(ascii: "q"), UInt8(ascii: "n"): return try int(Int64.self)
        case UInt8(ascii: "L"), UInt8(ascii: "Q"), UInt8(ascii: "N"):
            let v = p.loadUnaligned(as: UInt64.self)
            return v <= UInt64(Int64.max) ? try rt.ints.make(Int64(v)) : try rt.ints.parse(digits: String(v))
        case UInt8(ascii: "f"): return Value(double: Double(p.loadUnaligned(as: Float.self)))
        case UInt8(ascii: "d"): return Value(double: p.loadUnaligned(as: Double.self))
        default: return Value(uncheckedSmallInt: Int64(p.load(as: UInt8.self)))
        }
    }

    /// How many items the view has.
    static func length(_ o: UnsafeMutableRawPointer) -> Int { bytes(o).count / itemSize(o) }

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
        return try vector(rt, kind: .memoryview, [base, Value(uncheckedSmallInt: Int64(offset)), Value(uncheckedSmallInt: Int64(n)), .false,
                                                  .none])
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
        let items = length(o)
        var n = try BuiltinMethods.index(rt, k)
        if n < 0 { n += items }
        guard n >= 0 && n < items else { throw PythonError("IndexError", "index out of bounds on dimension 1") }
        return try decode(rt, o, n)
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
            let o = try live(try view(args))
            return try rt.withTemporaryRoots(2) { roots in
                roots[0] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
                for i in 0..<length(o) {
                    roots[1] = try decode(rt, o, i)
                    try ListObject.append(rt, roots[0].asObject, roots[1])
                }
                return roots[0]
            }
        }
        try rt.defineMethod(t, "cast") { rt, args in
            try BuiltinMethods.arity("cast", args, 1...2)
            let o = try live(try view(args))
            guard StrObject.isStr(args[1]) else {
                throw PythonError("TypeError", "cast() argument 'format' must be str, not \(rt.typeName(args[1]))")
            }
            let text = Array(rt.swiftString(args[1]).utf8)
            let code = text.count == 2 && text[0] == UInt8(ascii: "@") ? text[1] : (text.count == 1 ? text[0] : 0)
            guard let size = itemSizes[code] else {
                throw PythonError("ValueError", "memoryview: destination format must be a native single character format prefixed with an optional '@'")
            }
            if formatCode(o) != UInt8(ascii: "B") && code != UInt8(ascii: "B") && code != UInt8(ascii: "b") && code != UInt8(ascii: "c") {
                throw PythonError("TypeError", "memoryview: cannot cast between two non-byte formats")
            }
            let n = bytes(o).count
            guard n % size == 0 else { throw PythonError("TypeError", "memoryview: length is not a multiple of itemsize") }
            let f = ValueVector.values(o)
            let v = try make(rt, over: f[object], start: Int(f[start].asSmallInt), count: n)
            ValueVector.values(v.asObject)[format] = Value(uncheckedSmallInt: Int64(code))
            return v
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
        case "itemsize": return Value(uncheckedSmallInt: Int64(itemSize(o)))
        case "ndim": return Value(uncheckedSmallInt: 1)
        case "format": return try rt.makeStr(String(UnicodeScalar(formatCode(o))))
        case "shape": return try rt.tuple([Value(uncheckedSmallInt: Int64(length(o)))])
        case "strides": return try rt.tuple([Value(uncheckedSmallInt: Int64(itemSize(o)))])
        default: return .true
        }
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
