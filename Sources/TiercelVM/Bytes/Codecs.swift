/// str.encode and bytes.decode for the codecs programs use most: UTF-8,
/// ASCII and Latin-1, with the strict, ignore, replace, backslashreplace and
/// xmlcharrefreplace error handlers, and CPython's error messages.
enum Codecs {
    enum Codec: String { case utf8 = "utf-8", ascii, latin1 = "latin-1" }

    static func codec(_ name: String) throws -> Codec {
        let normalized = name.lowercased().replacingOccurrences(of: "_", with: "-")
        switch normalized {
        case "utf-8", "utf8", "u8", "utf", "cp65001": return .utf8
        case "ascii", "us-ascii", "646": return .ascii
        case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "l1", "cp819", "latin": return .latin1
        default: throw PythonError("LookupError", "unknown encoding: \(name)")
        }
    }

    static func checkHandler(_ errors: String) throws {
        guard ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape"].contains(errors) else {
            throw PythonError("LookupError", "unknown error handler name '\(errors)'")
        }
    }

    // MARK: Encoding

    static func encode(_ codes: [UInt32], _ encoding: String, _ errors: String) throws -> [UInt8] {
        let c = try codec(encoding)
        var out: [UInt8] = []
        out.reserveCapacity(codes.count)
        let limit: UInt32 = c == .ascii ? 0x80 : (c == .latin1 ? 0x100 : 0x110000)
        var i = 0
        while i < codes.count {
            let u = codes[i]
            let encodable = u < limit && !(c == .utf8 && (0xD800...0xDFFF).contains(u))
            if encodable {
                appendEncoded(u, c, &out)
                i += 1
                continue
            }
            // A run of unencodable characters is reported (and replaced) together.
            var end = i + 1
            while end < codes.count, codes[end] >= limit || (c == .utf8 && (0xD800...0xDFFF).contains(codes[end])) { end += 1 }
            if errors == "surrogateescape" && c != .latin1, (0xDC80...0xDCFF).contains(u) {
                out.append(UInt8(u - 0xDC00))
                i += 1
                continue
            }
            switch errors {
            case "ignore": break
            case "replace": out += [UInt8](repeating: 0x3F, count: end - i)
            case "backslashreplace":
                for k in i..<end { out += Array(escape(codes[k]).utf8) }
            case "xmlcharrefreplace":
                for k in i..<end { out += Array("&#\(codes[k]);".utf8) }
            default:
                try checkHandler(errors)
                let reason = c == .utf8 ? "surrogates not allowed" : "ordinal not in range(\(limit))"
                let position = end - i == 1 ? "character '\(escape(u))' in position \(i)" : "characters in position \(i)-\(end - 1)"
                throw PythonError("UnicodeEncodeError", "'\(c.rawValue == "latin-1" ? "latin-1" : c.rawValue)' codec can't encode \(position): \(reason)")
            }
            i = end
        }
        return out
    }

    private static func appendEncoded(_ u: UInt32, _ c: Codec, _ out: inout [UInt8]) {
        if c != .utf8 || u < 0x80 { out.append(UInt8(u)); return }
        if u < 0x800 {
            out += [UInt8(0xC0 | (u >> 6)), UInt8(0x80 | (u & 0x3F))]
        } else if u < 0x10000 {
            out += [UInt8(0xE0 | (u >> 12)), UInt8(0x80 | ((u >> 6) & 0x3F)), UInt8(0x80 | (u & 0x3F))]
        } else {
            out += [UInt8(0xF0 | (u >> 18)), UInt8(0x80 | ((u >> 12) & 0x3F)), UInt8(0x80 | ((u >> 6) & 0x3F)), UInt8(0x80 | (u & 0x3F))]
        }
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

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ encoding: String, _ errors: String) throws -> [UInt32] {
        let c = try codec(encoding)
        var out: [UInt32] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        func fail(_ start: Int, _ end: Int, _ reason: String) throws {
            switch errors {
            case "ignore": break
            case "replace": out.append(0xFFFD)
            case "backslashreplace": for k in start..<end { out += escape(UInt32(bytes[k])).unicodeScalars.map(\.value) }
            case "surrogateescape": for k in start..<end { out.append(0xDC00 + UInt32(bytes[k])) }
            default:
                try checkHandler(errors)
                let position = end - start == 1
                    ? "byte 0x\(String(bytes[start], radix: 16).count == 1 ? "0" : "")\(String(bytes[start], radix: 16)) in position \(start)"
                    : "bytes in position \(start)-\(end - 1)"
                throw PythonError("UnicodeDecodeError", "'\(c.rawValue)' codec can't decode \(position): \(reason)")
            }
        }
        while i < bytes.count {
            let b = bytes[i]
            switch c {
            case .latin1:
                out.append(UInt32(b))
                i += 1
            case .ascii:
                if b < 0x80 { out.append(UInt32(b)) } else { try fail(i, i + 1, "ordinal not in range(128)") }
                i += 1
            case .utf8:
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
                    i += 1
                    continue
                }
                var value = UInt32(b) & (need == 1 ? 0x1F : (need == 2 ? 0x0F : 0x07))
                var k = 1
                var broken = false
                while k <= need {
                    guard i + k < bytes.count else {
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
                if broken {
                    i += k
                    continue
                }
                out.append(value)
                i += need + 1
            }
        }
        return out
    }
}
