/// The Unicode codecs written in Swift (UTF-8, ASCII, Latin-1, UTF-16,
/// UTF-32), their error handling, and the entry points str.encode,
/// bytes.decode and str() use. A name these codecs do not know goes to the
/// codec registry (`_codecs.lookup`, CodecsModule.swift), as in CPython.
enum Codecs {
    enum Codec: Equatable {
        case utf8, ascii, latin1
        case utf16(bigEndian: Bool)
        case utf32(bigEndian: Bool)

        /// The name CPython's exceptions give this codec.
        var name: String {
            switch self {
            case .utf8: return "utf-8"
            case .ascii: return "ascii"
            case .latin1: return "latin-1"
            case .utf16(let big): return big ? "utf-16-be" : "utf-16-le"
            case .utf32(let big): return big ? "utf-32-be" : "utf-32-le"
            }
        }

        /// Code points below this limit that are not surrogates (for the UTFs) encode.
        var limit: UInt32 {
            switch self {
            case .ascii: return 0x80
            case .latin1: return 0x100
            default: return 0x110000
            }
        }

        var isUTF: Bool { self != .ascii && self != .latin1 }

        func encodable(_ u: UInt32) -> Bool {
            u < limit && !(isUTF && (0xD800...0xDFFF).contains(u))
        }

        func append(_ u: UInt32, _ out: inout [UInt8]) {
            switch self {
            case .ascii, .latin1:
                out.append(UInt8(truncatingIfNeeded: u))
            case .utf8:
                if u < 0x80 {
                    out.append(UInt8(u))
                } else if u < 0x800 {
                    out += [UInt8(0xC0 | (u >> 6)), UInt8(0x80 | (u & 0x3F))]
                } else if u < 0x10000 {
                    out += [UInt8(0xE0 | (u >> 12)), UInt8(0x80 | ((u >> 6) & 0x3F)), UInt8(0x80 | (u & 0x3F))]
                } else {
                    out += [UInt8(0xF0 | (u >> 18)), UInt8(0x80 | ((u >> 12) & 0x3F)),
                            UInt8(0x80 | ((u >> 6) & 0x3F)), UInt8(0x80 | (u & 0x3F))]
                }
            case .utf16(let big):
                if u >= 0x10000 {
                    let v = u - 0x10000
                    Codec.unit16(0xD800 | (v >> 10), big, &out)
                    Codec.unit16(0xDC00 | (v & 0x3FF), big, &out)
                } else {
                    Codec.unit16(u, big, &out)
                }
            case .utf32(let big):
                let bytes = [UInt8(u & 0xFF), UInt8((u >> 8) & 0xFF), UInt8((u >> 16) & 0xFF), UInt8(u >> 24)]
                out += big ? bytes.reversed() : bytes
            }
        }

        private static func unit16(_ u: UInt32, _ big: Bool, _ out: inout [UInt8]) {
            let lo = UInt8(u & 0xFF), hi = UInt8((u >> 8) & 0xFF)
            if big { out += [hi, lo] } else { out += [lo, hi] }
        }
    }

    /// The codecs reached without the registry; anything else is looked up there.
    static func nativeCodec(_ name: String) -> Codec? {
        switch normalize(name) {
        case "utf_8", "utf8", "u8", "utf", "cp65001": return .utf8
        case "ascii", "us_ascii", "646": return .ascii
        case "latin_1", "latin1", "iso_8859_1", "iso8859_1", "8859", "l1", "cp819", "latin", "iso_ir_100", "csisolatin1":
            return .latin1
        case "utf_16_le", "utf_16le": return .utf16(bigEndian: false)
        case "utf_16_be", "utf_16be": return .utf16(bigEndian: true)
        case "utf_32_le", "utf_32le": return .utf32(bigEndian: false)
        case "utf_32_be", "utf_32be": return .utf32(bigEndian: true)
        default: return nil
        }
    }

    /// A native codec by name, for files opened in text mode.
    static func codec(_ name: String) throws -> Codec {
        guard let c = nativeCodec(name), !(c.isUTF && c != .utf8) else {
            throw PythonError("LookupError", "unknown encoding: \(name)")
        }
        return c
    }

    /// CPython's normalization of an encoding name: ASCII letters lowered,
    /// each run of characters other than ASCII letters, digits and '.' made
    /// one '_' (none at the ends).
    static func normalize(_ name: String) -> String {
        var out: [UInt8] = []
        var punct = false
        for b in name.utf8 {
            let alnum = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            if alnum || b == 0x2E {
                if punct && !out.isEmpty { out.append(0x5F) }
                out.append(b >= 0x41 && b <= 0x5A ? b + 32 : b)
                punct = false
            } else {
                punct = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: str.encode, bytes.decode

    /// `codes` encoded as `encoding` names, through the registry when no native codec has the name.
    static func encodeText(_ rt: Runtime, _ text: Value, _ encoding: String, _ errors: String) throws -> Value {
        if let c = nativeCodec(encoding) {
            return try BytesObject.make(rt, try encode(rt, StrObject.codePoints(text.asObject), c, errors: errors))
        }
        return try CodecRegistry.encodeText(rt, text, encoding, errors)
    }

    static func decodeText(_ rt: Runtime, _ data: Value, _ encoding: String, _ errors: String) throws -> Value {
        if let c = nativeCodec(encoding) {
            let bytes = BytesObject.array(data) ?? []
            return try StrMethods.make(rt, try decode(rt, bytes, c, errors: errors, final: true).text)
        }
        return try CodecRegistry.decodeText(rt, data, encoding, errors)
    }

    // MARK: Encoding

    /// `codes` in `codec`; an unencodable run goes to the `errors` handler.
    /// `name` is the codec the exceptions name, when not the codec's own (utf-16 with its BOM).
    static func encode(_ rt: Runtime, _ codes: [UInt32], _ codec: Codec, errors: String, name: String? = nil) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(codec.isUTF && codec != .utf8 ? codes.count * 4 : codes.count)
        var i = 0
        while i < codes.count {
            let u = codes[i]
            if codec.encodable(u) {
                codec.append(u, &out)
                i += 1
                continue
            }
            // A run of unencodable characters is reported (and replaced) together.
            var end = i + 1
            while end < codes.count, !codec.encodable(codes[end]) { end += 1 }
            let reason = codec.isUTF ? "surrogates not allowed" : "ordinal not in range(\(codec.limit))"
            let failure = CodecFailure(encoding: name ?? codec.name, start: i, end: end, reason: reason)
            i = try CodecErrors.encodeFailure(rt, failure, codes, errors, into: &out,
                                              encodable: codec.encodable, append: { codec.append($0, &$1) },
                                              surrogatePass: codec.isUTF ? { codec.append($0, &$1) } : nil)
        }
        return out
    }

    /// \xNN, \uNNNN or \UNNNNNNNN, as the backslashreplace handler and messages write a character.
    static func escape(_ u: UInt32) -> String {
        func hex(_ v: UInt32, _ digits: Int) -> String {
            let s = String(v, radix: 16)
            return String(repeating: "0", count: max(0, digits - s.count)) + s
        }
        if u < 0x100 { return "\\x" + hex(u, 2) }
        if u < 0x10000 { return "\\u" + hex(u, 4) }
        return "\\U" + hex(u, 8)
    }

    // MARK: Decoding

    /// `bytes` decoded; with `final` false an incomplete sequence at the end
    /// is left for the next call, and `consumed` says where it starts.
    static func decode(_ rt: Runtime, _ bytes: [UInt8], _ codec: Codec, errors: String,
                       final: Bool) throws -> (text: [UInt32], consumed: Int) {
        var out: [UInt32] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        func fail(_ start: Int, _ end: Int, _ reason: String) throws {
            i = try CodecErrors.decodeFailure(rt, CodecFailure(encoding: codec.name, start: start, end: end, reason: reason),
                                              bytes, errors, into: &out, codec: codec)
        }
        let n = bytes.count
        switch codec {
        case .latin1:
            out = bytes.map { UInt32($0) }
            i = n
        case .ascii:
            while i < n {
                let b = bytes[i]
                if b < 0x80 { out.append(UInt32(b)); i += 1 } else { try fail(i, i + 1, "ordinal not in range(128)") }
            }
        case .utf8:
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    out.append(UInt32(b))
                    i += 1
                    continue
                }
                let need: Int
                var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
                switch b {
                case 0xC2...0xDF: need = 1
                case 0xE0: need = 2; lower = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: need = 2
                case 0xED: need = 2; upper = 0x9F
                case 0xF0: need = 3; lower = 0x90
                case 0xF1...0xF3: need = 3
                case 0xF4: need = 3; upper = 0x8F
                default:
                    try fail(i, i + 1, "invalid start byte")
                    continue
                }
                var value = UInt32(b) & (need == 1 ? 0x1F : (need == 2 ? 0x0F : 0x07))
                var k = 1
                var broken = false
                while k <= need {
                    guard i + k < n else {
                        if !final { return (out, i) }
                        try fail(i, i + k, "unexpected end of data")
                        broken = true
                        break
                    }
                    let next = bytes[i + k]
                    let (lo, hi) = k == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
                    guard next >= lo && next <= hi else {
                        try fail(i, i + k, "invalid continuation byte")
                        broken = true
                        break
                    }
                    value = value << 6 | UInt32(next & 0x3F)
                    k += 1
                }
                if broken { continue }
                out.append(value)
                i += need + 1
            }
        case .utf16(let big):
            func unit(_ at: Int) -> UInt32 {
                big ? UInt32(bytes[at]) << 8 | UInt32(bytes[at + 1]) : UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at])
            }
            while i < n {
                guard i + 1 < n else {
                    if !final { return (out, i) }
                    try fail(i, n, "truncated data")
                    continue
                }
                let u = unit(i)
                if u < 0xD800 || u > 0xDFFF {
                    out.append(u)
                    i += 2
                } else if u >= 0xDC00 {
                    try fail(i, i + 2, "illegal encoding")
                } else if i + 3 >= n {
                    if !final { return (out, i) }
                    try fail(i, n, "unexpected end of data")
                } else {
                    let low = unit(i + 2)
                    guard (0xDC00...0xDFFF).contains(low) else {
                        try fail(i, i + 2, "illegal UTF-16 surrogate")
                        continue
                    }
                    out.append(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00))
                    i += 4
                }
            }
        case .utf32(let big):
            while i < n {
                guard i + 3 < n else {
                    if !final { return (out, i) }
                    try fail(i, n, "truncated data")
                    continue
                }
                let b = bytes[i..<(i + 4)].map(UInt32.init)
                let u = big ? b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3] : b[3] << 24 | b[2] << 16 | b[1] << 8 | b[0]
                if u > 0x10FFFF {
                    try fail(i, i + 4, "code point not in range(0x110000)")
                } else if (0xD800...0xDFFF).contains(u) {
                    try fail(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)")
                } else {
                    out.append(u)
                    i += 4
                }
            }
        }
        return (out, i)
    }
}
