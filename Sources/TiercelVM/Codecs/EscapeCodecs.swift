import TiercelFrontEnd

/// unicode_escape, raw_unicode_escape and the bytes escapes (escape_encode,
/// escape_decode): Python's literal escapes as codecs.
enum EscapeCodecs {
    static func install(_ rt: Runtime, _ d: UnsafeMutableRawPointer) throws {
        try NativeModules.function(rt, d, "unicode_escape_encode") { rt, args in
            try CodecsModule.arguments(rt, "unicode_escape_encode", args, 1...2)
            let text = try CodecsModule.str(rt, "unicode_escape_encode", args, 0)
            return try CodecsModule.encoded(rt, unicodeEscapeEncode(text, raw: false), text.count)
        }
        try NativeModules.function(rt, d, "raw_unicode_escape_encode") { rt, args in
            try CodecsModule.arguments(rt, "raw_unicode_escape_encode", args, 1...2)
            let text = try CodecsModule.str(rt, "raw_unicode_escape_encode", args, 0)
            return try CodecsModule.encoded(rt, unicodeEscapeEncode(text, raw: true), text.count)
        }
        for raw in [false, true] {
            let name = raw ? "raw_unicode_escape_decode" : "unicode_escape_decode"
            try NativeModules.function(rt, d, name) { rt, args in
                try CodecsModule.arguments(rt, name, args, 1...3)
                let bytes = try CodecsModule.data(rt, args, 0, text: true)
                let errors = try CodecsModule.errors(rt, name, args, 1)
                let final = try CodecsModule.flag(rt, args, 2, default: true)
                let (text, consumed) = try unicodeEscapeDecode(rt, bytes, errors: errors, final: final, raw: raw)
                return try CodecsModule.decoded(rt, text, consumed)
            }
        }
        try NativeModules.function(rt, d, "escape_encode") { rt, args in
            try CodecsModule.arguments(rt, "escape_encode", args, 1...2)
            guard BytesObject.isBytes(args[0]) else {
                throw PythonError("TypeError", "escape_encode() argument 1 must be bytes, not \(rt.argumentTypeName(args[0]))")
            }
            let bytes = BytesObject.array(args[0]) ?? []
            var out: [UInt8] = []
            for b in bytes {
                switch b {
                case 0x5C: out += [0x5C, 0x5C]
                case 0x27: out += [0x5C, 0x27]
                case 0x09: out += [0x5C, 0x74]
                case 0x0A: out += [0x5C, 0x6E]
                case 0x0D: out += [0x5C, 0x72]
                case 0x20..<0x7F: out.append(b)
                default: out += Array(Codecs.escape(UInt32(b)).utf8)
                }
            }
            return try CodecsModule.encoded(rt, out, bytes.count)
        }
        try NativeModules.function(rt, d, "escape_decode") { rt, args in
            try CodecsModule.arguments(rt, "escape_decode", args, 1...2)
            let bytes = try CodecsModule.data(rt, args, 0, text: true)
            let out = try escapeDecode(bytes, errors: try CodecsModule.errors(rt, "escape_decode", args, 1))
            return try CodecsModule.encoded(rt, out, bytes.count)
        }
    }

    private static func unicodeEscapeEncode(_ text: [UInt32], raw: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        for u in text {
            if raw {
                if u < 0x100 { out.append(UInt8(u)) } else { out += Array(Codecs.escape(u).utf8) }
                continue
            }
            switch u {
            case 0x5C: out += [0x5C, 0x5C]
            case 0x09: out += [0x5C, 0x74]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x20..<0x7F: out.append(UInt8(u))
            default: out += Array(Codecs.escape(u).utf8)
            }
        }
        return out
    }

    /// An octal escape of up to three digits whose first digit `c` was just read; `i` is after it.
    private static func octal(_ b: [UInt8], _ c: UInt8, _ i: inout Int) -> UInt32 {
        var v = UInt32(c - 0x30)
        var digits = 1
        while digits < 3, i < b.count, (0x30...0x37).contains(b[i]) {
            v = v * 8 + UInt32(b[i] - 0x30)
            i += 1
            digits += 1
        }
        return v
    }

    private static func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x30...0x39: return UInt32(b - 0x30)
        case 0x41...0x46: return UInt32(b - 0x41 + 10)
        case 0x61...0x66: return UInt32(b - 0x61 + 10)
        default: return nil
        }
    }

    /// The escapes of a str literal (or, when `raw`, only \u and \U after an
    /// odd run of backslashes); other bytes are Latin-1.
    static func unicodeEscapeDecode(_ rt: Runtime, _ b: [UInt8], errors: String, final: Bool,
                                    raw: Bool) throws -> ([UInt32], Int) {
        let encoding = raw ? "rawunicodeescape" : "unicodeescape"
        var out: [UInt32] = []
        out.reserveCapacity(b.count)
        var i = 0
        let n = b.count
        func fail(_ start: Int, _ end: Int, _ reason: String) throws {
            i = try CodecErrors.decodeFailure(rt, CodecFailure(encoding: encoding, start: start, end: end, reason: reason),
                                              b, errors, into: &out, codec: nil)
        }
        while i < n {
            guard b[i] == 0x5C else {
                out.append(UInt32(b[i]))
                i += 1
                continue
            }
            let start = i
            if raw {
                // A backslash escapes only when it is not itself escaped.
                var run = 0
                while i + run < n && b[i + run] == 0x5C { run += 1 }
                let next = i + run < n ? b[i + run] : 0
                if run % 2 == 0 || (next != 0x75 && next != 0x55) {
                    if i + run >= n && run % 2 == 1 && !final { return (out + [UInt32](repeating: 0x5C, count: run - 1), i + run - 1) }
                    out += [UInt32](repeating: 0x5C, count: run)
                    i += run
                    continue
                }
                out += [UInt32](repeating: 0x5C, count: run - 1)
                i += run - 1
            }
            guard i + 1 < n else {
                if !final { return (out, start) }
                try fail(start, n, "\\ at end of string")
                continue
            }
            let c = b[i + 1]
            i += 2
            switch c {
            case 0x0A where !raw: break
            case 0x5C where !raw: out.append(0x5C)
            case 0x27 where !raw: out.append(0x27)
            case 0x22 where !raw: out.append(0x22)
            case 0x61 where !raw: out.append(0x07)
            case 0x62 where !raw: out.append(0x08)
            case 0x66 where !raw: out.append(0x0C)
            case 0x6E where !raw: out.append(0x0A)
            case 0x72 where !raw: out.append(0x0D)
            case 0x74 where !raw: out.append(0x09)
            case 0x76 where !raw: out.append(0x0B)
            case 0x30...0x37 where !raw:
                out.append(octal(b, c, &i))
            case 0x78 where !raw, 0x75, 0x55:
                let count = c == 0x78 ? 2 : (c == 0x75 ? 4 : 8)
                let what = c == 0x78 ? "\\xXX" : (c == 0x75 ? "\\uXXXX" : "\\UXXXXXXXX")
                var v: UInt32 = 0
                var digits = 0
                while digits < count, i < n, let h = hexValue(b[i]) {
                    v = v * 16 + h
                    i += 1
                    digits += 1
                }
                if digits < count {
                    if i >= n && !final { return (out, start) }
                    try fail(start, i, "truncated \(what) escape")
                } else if v > 0x10FFFF {
                    try fail(start, i, raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character")
                } else {
                    out.append(v)
                }
            case 0x4E where !raw:
                guard i < n, b[i] == 0x7B, let close = b[(i + 1)...].firstIndex(of: 0x7D), close > i + 1 else {
                    if !final && !b[i...].contains(0x7D) && (i >= n || b[i] == 0x7B) { return (out, start) }
                    try fail(start, min(n, i + (i < n && b[i] == 0x7B ? 1 : 0)), "malformed \\N character escape")
                    continue
                }
                let name = String(decoding: b[(i + 1)..<close], as: UTF8.self)
                i = close + 1
                if let u = UnicodeNames.lookup(name) { out.append(u) } else { try fail(start, i, "unknown Unicode character name") }
            default:
                // An unknown escape stays as written.
                out += [0x5C, UInt32(c)]
            }
        }
        return (out, n)
    }

    /// The escapes of a bytes literal.
    private static func escapeDecode(_ b: [UInt8], errors: String) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        let n = b.count
        while i < n {
            guard b[i] == 0x5C else {
                out.append(b[i])
                i += 1
                continue
            }
            guard i + 1 < n else { throw PythonError("ValueError", "Trailing \\ in string") }
            let c = b[i + 1]
            let start = i
            i += 2
            switch c {
            case 0x0A: break
            case 0x5C: out.append(0x5C)
            case 0x27: out.append(0x27)
            case 0x22: out.append(0x22)
            case 0x61: out.append(0x07)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x76: out.append(0x0B)
            case 0x30...0x37:
                out.append(UInt8(truncatingIfNeeded: octal(b, c, &i)))
            case 0x78:
                if i + 1 < n, let hi = hexValue(b[i]), let lo = hexValue(b[i + 1]) {
                    out.append(UInt8(hi * 16 + lo))
                    i += 2
                    continue
                }
                switch errors {
                case "strict": throw PythonError("ValueError", "invalid \\x escape at position \(start)")
                case "replace": out.append(0x3F)
                case "ignore": break
                default: throw PythonError("ValueError", "decoding error; unknown error handling code: \(errors)")
                }
                // CPython skips the two characters that should have been hex digits.
                i = min(n, i + 2)
            default:
                out += [0x5C, c]
            }
        }
        return out
    }
}
