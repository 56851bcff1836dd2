#if canImport(Glibc)
import Glibc
#endif

/// Python `bytes`: an immutable leaf object.
///
///     [header 16][length: Int][hash: Int64][data ...][NUL]
///
/// The trailing NUL lets the data go to C as a string. The hash is the str
/// hash of the same code points, so `hash(b"ab") == hash("ab")` as in CPython.
enum BytesObject {
    static let lengthOffset = 16
    static let hashOffset = 24
    static let dataOffset = 32
    static let hashUnset: Int64 = -1

    static func allocate(_ heap: Heap, length: Int, kind: ObjectKind = .bytes) -> UnsafeMutableRawPointer? {
        guard let object = heap.allocate(bytes: dataOffset + length + 1, layout: .leaf) else { return nil }
        object.objectKind = kind
        object.storeBytes(of: length, toByteOffset: lengthOffset, as: Int.self)
        object.storeBytes(of: hashUnset, toByteOffset: hashOffset, as: Int64.self)
        return object
    }

    static func make(_ rt: Runtime, _ bytes: UnsafeBufferPointer<UInt8>) throws -> Value {
        guard let object = allocate(rt.heap, length: bytes.count) else { throw PythonError("MemoryError", "") }
        if let base = bytes.baseAddress { (object + dataOffset).copyMemory(from: base, byteCount: bytes.count) }
        return Value(object: object)
    }

    static func make(_ rt: Runtime, _ bytes: [UInt8]) throws -> Value {
        try bytes.withUnsafeBufferPointer { try make(rt, $0) }
    }

    static func isBytes(_ v: Value) -> Bool { v.isObject && v.asObject.objectKind == .bytes }

    /// bytes, bytearray or memoryview: what CPython calls a bytes-like object here.
    static func isBytesLike(_ v: Value) -> Bool {
        v.isObject && [.bytes, .bytearray, .memoryview].contains(v.asObject.objectKind)
    }

    @inline(__always) static func length(_ b: UnsafeMutableRawPointer) -> Int {
        b.load(fromByteOffset: lengthOffset, as: Int.self)
    }

    @inline(__always) static func data(_ b: UnsafeMutableRawPointer) -> UnsafeMutablePointer<UInt8> {
        (b + dataOffset).assumingMemoryBound(to: UInt8.self)
    }

    /// The contents of a bytes or bytearray object, valid until the next allocation.
    static func view(_ v: Value) -> UnsafeBufferPointer<UInt8>? {
        guard v.isObject else { return nil }
        let o = v.asObject
        switch o.objectKind {
        case .bytes: return UnsafeBufferPointer(start: data(o), count: length(o))
        case .bytearray: return UnsafeBufferPointer(start: ByteArrayObject.data(o), count: ByteArrayObject.count(o))
        case .memoryview: return MemoryView.bytes(o)
        default: return nil
        }
    }

    static func array(_ v: Value) -> [UInt8]? { view(v).map(Array.init) }

    static func hash(_ b: UnsafeMutableRawPointer) -> Int64 {
        let cached = b.load(fromByteOffset: hashOffset, as: Int64.self)
        if cached != hashUnset { return cached }
        let p = data(b)
        let result = TextHash.hash(count: length(b)) { UInt64(p[$0]) }
        b.storeBytes(of: result, toByteOffset: hashOffset, as: Int64.self)
        return result
    }

    /// The hash bytes with these contents have (a read-only memoryview's).
    static func hashBytes(_ b: UnsafeBufferPointer<UInt8>) -> Int64 {
        TextHash.hash(count: b.count) { UInt64(b[$0]) }
    }

    /// -1, 0 or 1, comparing bytes-like contents as unsigned bytes.
    static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let n = min(a.count, b.count)
        if n > 0 {
            let c = memcmp(a.baseAddress!, b.baseAddress!, n)
            if c != 0 { return c < 0 ? -1 : 1 }
        }
        return a.count < b.count ? -1 : (a.count == b.count ? 0 : 1)
    }

    /// CPython's bytes repr: single quotes unless the data has ' and no ".
    /// bytearray's repr escapes ' even inside double quotes, as CPython's does.
    static func repr(_ bytes: UnsafeBufferPointer<UInt8>, escapingApostrophe: Bool = false) -> String {
        let quote: UInt8 = bytes.contains(0x27) && !bytes.contains(0x22) ? 0x22 : 0x27
        var out = "b" + String(UnicodeScalar(quote))
        let hex = Array("0123456789abcdef")
        for c in bytes {
            switch c {
            case quote, 0x5C: out += "\\" + String(UnicodeScalar(c))
            case 0x27 where escapingApostrophe: out += "\\'"
            case 0x09: out += "\\t"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x20..<0x7F: out.unicodeScalars.append(UnicodeScalar(c))
            default: out += "\\x" + String(hex[Int(c >> 4)]) + String(hex[Int(c & 15)])
            }
        }
        return out + String(UnicodeScalar(quote))
    }
}

/// Python `bytearray`: a two-slot value vector [count, storage] like a
/// list's, whose storage is a leaf object laid out as bytes with its length
/// as the capacity. Growing replaces the storage; the object stays put.
enum ByteArrayObject {
    static func make(_ rt: Runtime, _ bytes: UnsafeBufferPointer<UInt8>) throws -> Value {
        try rt.withTemporaryRoots(1) { roots in
            guard let storage = BytesObject.allocate(rt.heap, length: max(bytes.count, 8), kind: .other) else {
                throw PythonError("MemoryError", "")
            }
            if let base = bytes.baseAddress { BytesObject.data(storage).update(from: base, count: bytes.count) }
            roots[0] = Value(object: storage)
            return try vector(rt, kind: .bytearray, [Value(uncheckedSmallInt: Int64(bytes.count)), roots[0]])
        }
    }

    static func make(_ rt: Runtime, _ bytes: [UInt8]) throws -> Value {
        try bytes.withUnsafeBufferPointer { try make(rt, $0) }
    }

    @inline(__always) static func count(_ a: UnsafeMutableRawPointer) -> Int { Int(ValueVector.values(a)[0].asSmallInt) }

    @inline(__always) static func data(_ a: UnsafeMutableRawPointer) -> UnsafeMutablePointer<UInt8> {
        BytesObject.data(ValueVector.values(a)[1].asObject)
    }

    static func capacity(_ a: UnsafeMutableRawPointer) -> Int { BytesObject.length(ValueVector.values(a)[1].asObject) }

    /// Makes room for `n` bytes, keeping the contents.
    static func reserve(_ rt: Runtime, _ a: UnsafeMutableRawPointer, _ n: Int) throws {
        guard n > capacity(a) else { return }
        let grown = max(n, capacity(a) * 3 / 2 + 8)
        guard let storage = BytesObject.allocate(rt.heap, length: grown, kind: .other) else { throw PythonError("MemoryError", "") }
        BytesObject.data(storage).update(from: data(a), count: count(a))
        ValueVector.values(a)[1] = Value(object: storage)
    }

    static func append(_ rt: Runtime, _ a: UnsafeMutableRawPointer, _ byte: UInt8) throws {
        let n = count(a)
        try reserve(rt, a, n + 1)
        data(a)[n] = byte
        ValueVector.values(a)[0] = Value(uncheckedSmallInt: Int64(n + 1))
    }

    static func replaceAll(_ rt: Runtime, _ a: UnsafeMutableRawPointer, _ bytes: [UInt8]) throws {
        try reserve(rt, a, bytes.count)
        bytes.withUnsafeBufferPointer { if let base = $0.baseAddress { data(a).update(from: base, count: bytes.count) } }
        ValueVector.values(a)[0] = Value(uncheckedSmallInt: Int64(bytes.count))
    }
}
