#if canImport(Glibc)
import Glibc
#endif

/// Python `str` objects, stored like CPython's PEP 393 strings: one, two or
/// four bytes per code point, the narrowest that holds the largest one, so
/// indexing is O(1) for every string and ASCII text is its own UTF-8.
///
///     [header 16][length: Int][hash: Int64][width: UInt8][ascii: UInt8][pad 6][data]
///
/// Width-1 data is followed by a NUL so it can be handed to C as is. Lone
/// surrogates (legal in Python strings) are ordinary code points here.
public enum StrObject {
    public static let lengthOffset = 16
    public static let hashOffset = 24
    public static let widthOffset = 32
    public static let asciiOffset = 33
    public static let dataOffset = 40
    /// The cached-hash slot holds this until the hash is computed.
    static let hashUnset: Int64 = -1

    public static func isStr(_ v: Value) -> Bool {
        v.isObject && v.asObject.objectKind == .str
    }

    // MARK: Creation

    /// A str of `length` code points of `width` bytes, contents zeroed.
    static func allocate(_ heap: Heap, length: Int, width: Int, ascii: Bool) -> UnsafeMutableRawPointer? {
        let bytes = dataOffset + length * width + (width == 1 ? 1 : 0)
        guard let object = heap.allocate(bytes: bytes, layout: .leaf) else { return nil }
        object.objectKind = .str
        object.storeBytes(of: length, toByteOffset: lengthOffset, as: Int.self)
        object.storeBytes(of: hashUnset, toByteOffset: hashOffset, as: Int64.self)
        object.storeBytes(of: UInt8(width), toByteOffset: widthOffset, as: UInt8.self)
        object.storeBytes(of: ascii ? 1 : 0, toByteOffset: asciiOffset, as: UInt8.self)
        return object
    }

    public static func make(_ heap: Heap, codePoints: [UInt32]) -> Value? {
        let maximum = codePoints.max() ?? 0
        let width = maximum < 0x100 ? 1 : (maximum < 0x10000 ? 2 : 4)
        guard let object = allocate(heap, length: codePoints.count, width: width, ascii: maximum < 0x80) else {
            return nil
        }
        let data = object + dataOffset
        for (i, c) in codePoints.enumerated() {
            switch width {
            case 1: data.storeBytes(of: UInt8(c), toByteOffset: i, as: UInt8.self)
            case 2: data.storeBytes(of: UInt16(c), toByteOffset: 2 * i, as: UInt16.self)
            default: data.storeBytes(of: c, toByteOffset: 4 * i, as: UInt32.self)
            }
        }
        return Value(object: object)
    }

    public static func make(_ heap: Heap, _ s: String) -> Value? {
        var utf8 = s
        // ASCII (the common case) is copied straight from the UTF-8 bytes.
        let ascii = utf8.withUTF8 { $0.allSatisfy { $0 < 0x80 } }
        guard ascii else { return make(heap, codePoints: s.unicodeScalars.map(\.value)) }
        return utf8.withUTF8 { bytes -> Value? in
            guard let object = allocate(heap, length: bytes.count, width: 1, ascii: true) else { return nil }
            if let base = bytes.baseAddress {
                (object + dataOffset).copyMemory(from: base, byteCount: bytes.count)
            }
            return Value(object: object)
        }
    }

    // MARK: Access

    @inline(__always) public static func length(_ s: UnsafeMutableRawPointer) -> Int {
        s.load(fromByteOffset: lengthOffset, as: Int.self)
    }

    @inline(__always) public static func width(_ s: UnsafeMutableRawPointer) -> Int {
        Int(s.load(fromByteOffset: widthOffset, as: UInt8.self))
    }

    @inline(__always) public static func isASCII(_ s: UnsafeMutableRawPointer) -> Bool {
        s.load(fromByteOffset: asciiOffset, as: UInt8.self) != 0
    }

    @inline(__always) public static func codePoint(_ s: UnsafeMutableRawPointer, _ i: Int) -> UInt32 {
        let data = s + dataOffset
        switch width(s) {
        case 1: return UInt32(data.load(fromByteOffset: i, as: UInt8.self))
        case 2: return UInt32(data.load(fromByteOffset: 2 * i, as: UInt16.self))
        default: return data.load(fromByteOffset: 4 * i, as: UInt32.self)
        }
    }

    public static func codePoints(_ s: UnsafeMutableRawPointer) -> [UInt32] {
        (0..<length(s)).map { codePoint(s, $0) }
    }

    /// UTF-8 for output; lone surrogates become U+FFFD here (encoding them
    /// strictly, as print does, is the caller's job).
    public static func swiftString(_ s: UnsafeMutableRawPointer) -> String {
        if isASCII(s) {
            return String(decoding: UnsafeRawBufferPointer(start: s + dataOffset, count: length(s)), as: UTF8.self)
        }
        var out = String.UnicodeScalarView()
        for i in 0..<length(s) { out.append(Unicode.Scalar(codePoint(s, i)) ?? "\u{FFFD}") }
        return String(out)
    }

    // MARK: Operations

    public static func equal(_ a: UnsafeMutableRawPointer, _ b: UnsafeMutableRawPointer) -> Bool {
        if a == b { return true }
        let n = length(a)
        guard n == length(b) else { return false }
        let w = width(a)
        // Strings are stored at their narrowest width, so equal strings share it.
        guard w == width(b) else { return false }
        return memcmp(a + dataOffset, b + dataOffset, n * w) == 0
    }

    /// A well-mixed 64-bit hash of the code points (FNV-1a, then a finalizer),
    /// cached in the object. Python leaves str hashes unspecified (they are
    /// randomized per process), so only consistency with `equal` matters; the
    /// value is never -1, which CPython reserves for errors.
    public static func hash(_ s: UnsafeMutableRawPointer) -> Int64 {
        let cached = s.load(fromByteOffset: hashOffset, as: Int64.self)
        if cached != hashUnset { return cached }
        let result = TextHash.hash(count: length(s)) { UInt64(codePoint(s, $0)) }
        s.storeBytes(of: result, toByteOffset: hashOffset, as: Int64.self)
        return result
    }

    public static func concatenate(_ heap: Heap, _ a: UnsafeMutableRawPointer, _ b: UnsafeMutableRawPointer) -> Value? {
        let na = length(a), nb = length(b)
        let w = max(width(a), width(b))
        guard let object = allocate(heap, length: na + nb, width: w, ascii: isASCII(a) && isASCII(b)) else {
            return nil
        }
        let data = object + dataOffset
        if width(a) == w && width(b) == w {
            data.copyMemory(from: a + dataOffset, byteCount: na * w)
            (data + na * w).copyMemory(from: b + dataOffset, byteCount: nb * w)
        } else {
            for i in 0..<(na + nb) {
                let c = i < na ? codePoint(a, i) : codePoint(b, i - na)
                switch w {
                case 2: data.storeBytes(of: UInt16(c), toByteOffset: 2 * i, as: UInt16.self)
                default: data.storeBytes(of: c, toByteOffset: 4 * i, as: UInt32.self)
                }
            }
        }
        return Value(object: object)
    }

    /// `s[start:end]` for 0 <= start <= end <= len(s): the code units
    /// copied, narrowed to the widest code point the range holds.
    public static func substring(_ heap: Heap, _ s: UnsafeMutableRawPointer, _ start: Int, _ end: Int) -> Value? {
        let n = end - start, w = width(s)
        var widest: UInt32 = 0
        if !isASCII(s) { for i in start..<end { widest = max(widest, codePoint(s, i)) } }
        let width = widest < 0x100 ? 1 : (widest < 0x10000 ? 2 : 4)
        guard let object = allocate(heap, length: n, width: width, ascii: widest < 0x80) else { return nil }
        let data = object + dataOffset
        if width == w {
            data.copyMemory(from: s + dataOffset + start * w, byteCount: n * w)
        } else {
            for i in 0..<n {
                let c = codePoint(s, start + i)
                switch width {
                case 1: data.storeBytes(of: UInt8(c), toByteOffset: i, as: UInt8.self)
                case 2: data.storeBytes(of: UInt16(c), toByteOffset: 2 * i, as: UInt16.self)
                default: data.storeBytes(of: c, toByteOffset: 4 * i, as: UInt32.self)
                }
            }
        }
        return Value(object: object)
    }

    /// `s[i]` for 0 <= i < len(s), as a one-character str.
    public static func character(_ heap: Heap, _ s: UnsafeMutableRawPointer, _ i: Int) -> Value? {
        make(heap, codePoints: [codePoint(s, i)])
    }
}
