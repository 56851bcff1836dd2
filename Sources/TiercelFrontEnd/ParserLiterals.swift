#if canImport(Glibc)
import Glibc
#endif
import CGMP

/// Number and string literals, including implicit concatenation and f-strings.
extension Parser {
    // MARK: - Numbers

    func numberValue(_ t: Token) throws -> ConstantValue {
        var digits: [UInt8] = []
        digits.reserveCapacity(Int(t.end - t.start) + 1)
        for i in Int(t.start)..<Int(t.end) where text[i] != UInt8(ascii: "_") {
            digits.append(text[i])
        }
        let last = digits[digits.count - 1] | 0x20
        if last == UInt8(ascii: "j") {
            digits.removeLast()
            return .imaginary(parseDouble(digits))
        }
        if digits.count > 1 && digits[0] == UInt8(ascii: "0") {
            let radixChar = digits[1] | 0x20
            let radix: Int32 = radixChar == UInt8(ascii: "x") ? 16 : radixChar == UInt8(ascii: "o") ? 8
                : radixChar == UInt8(ascii: "b") ? 2 : 0
            if radix != 0 {
                return integer(Array(digits[2...]), radix: radix)
            }
        }
        if digits.contains(where: { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") }) {
            return .float(parseDouble(digits))
        }
        return integer(digits, radix: 10)
    }

    private func parseDouble(_ digits: [UInt8]) -> Double {
        var z = digits
        z.append(0)
        return z.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: z.count) { strtod($0, nil) }
        }
    }

    private func integer(_ digits: [UInt8], radix: Int32) -> ConstantValue {
        // Fast path: anything that fits comfortably in 63 bits.
        var value: UInt64 = 0
        var overflow = false
        for d in digits {
            let v: UInt64 = d <= UInt8(ascii: "9") ? UInt64(d - 48) : UInt64((d | 0x20) - 87)
            let (m, o1) = value.multipliedReportingOverflow(by: UInt64(radix))
            let (s, o2) = m.addingReportingOverflow(v)
            if o1 || o2 || s > UInt64(Int64.max) { overflow = true; break }
            value = s
        }
        if !overflow { return .int(Int64(value)) }
        return .bigInt(bigIntegerDecimal(digits, radix: radix))
    }

    /// Converts digits of any radix to decimal through GMP.
    private func bigIntegerDecimal(_ digits: [UInt8], radix: Int32) -> String {
        var z = digits
        z.append(0)
        var n = mpz_t()
        __gmpz_init(&n)
        defer { __gmpz_clear(&n) }
        z.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: z.count) {
                _ = __gmpz_set_str(&n, $0, radix)
            }
        }
        guard let out = __gmpz_get_str(nil, 10, &n) else { return "0" }
        defer { free(out) }
        return String(cString: out)
    }

    // MARK: - Strings

    /// One or more adjacent string tokens, concatenated.
    func strings() throws -> Expr {
        let first = token
        var pieces: [StringPiece] = []
        var sawBytes = false, sawText = false, sawFString = false
        var kindU: String? = nil
        var index = 0
        while kind == .string {
            let t = token
            advance()
            let literal = StringLiteral(t, text)
            if literal.isBytes { sawBytes = true } else { sawText = true }
            if literal.isFString { sawFString = true }
            if index == 0 && literal.isUnicode { kindU = "u" }
            index += 1
            pieces.append(StringPiece(token: t, literal: literal))
        }
        let whole = span(from: first)
        if sawBytes && sawText {
            throw error("cannot mix bytes and nonbytes literals", at: whole)
        }
        if sawBytes {
            var bytes: [UInt8] = []
            for piece in pieces { bytes += try decodeBytes(piece) }
            return Expr(.constant(.bytes(bytes), kind: nil), whole)
        }
        if !sawFString {
            if pieces.count == 1 {
                return Expr(.constant(try decodeText(pieces[0]).constant, kind: kindU), whole)
            }
            var builder = TextBuilder()
            for piece in pieces { builder.append(try decodeText(piece)) }
            return Expr(.constant(builder.constant, kind: kindU), whole)
        }
        var parts = JoinedParts(position: whole)
        for piece in pieces {
            if piece.literal.isFString {
                try fstring(piece, into: &parts, level: 0)
            } else {
                parts.appendLiteral(try decodeText(piece))
            }
        }
        parts.flushLiteral()
        return Expr(.joinedStr(parts.values), whole)
    }

    func decodeText(_ piece: StringPiece) throws -> TextBuilder {
        let l = piece.literal
        var builder = TextBuilder()
        if l.isRaw || !l.hasBackslash(text) {
            builder.appendUTF8(UnsafeBufferPointer(rebasing: text[l.contentStart..<l.contentEnd]))
            return builder
        }
        try decodeEscapes(l.contentStart, l.contentEnd, piece, into: &builder)
        return builder
    }

    func decodeBytes(_ piece: StringPiece) throws -> [UInt8] {
        let l = piece.literal
        var out: [UInt8] = []
        out.reserveCapacity(l.contentEnd - l.contentStart)
        var i = l.contentStart
        while i < l.contentEnd {
            let c = text[i]
            if c >= 0x80 {
                throw error("bytes can only contain ASCII literal characters", at: piece.token.asPosition)
            }
            if c != UInt8(ascii: "\\") || l.isRaw {
                out.append(c)
                i += 1
                continue
            }
            i += 1
            let e = text[i]
            i += 1
            switch e {
            case 0x0A: break
            case UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\""): out.append(e)
            case UInt8(ascii: "a"): out.append(7)
            case UInt8(ascii: "b"): out.append(8)
            case UInt8(ascii: "f"): out.append(12)
            case UInt8(ascii: "n"): out.append(10)
            case UInt8(ascii: "r"): out.append(13)
            case UInt8(ascii: "t"): out.append(9)
            case UInt8(ascii: "v"): out.append(11)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var v = UInt32(e - 48)
                var n = 1
                while n < 3, text[i] >= UInt8(ascii: "0"), text[i] <= UInt8(ascii: "7") {
                    v = v * 8 + UInt32(text[i] - 48)
                    i += 1
                    n += 1
                }
                out.append(UInt8(truncatingIfNeeded: v))
            case UInt8(ascii: "x"):
                guard i + 1 < l.contentEnd + 1, let h = hexValue(text[i]), let lo = hexValue(text[i + 1]),
                      i + 1 < l.contentEnd else {
                    let at = i - 2 - l.contentStart
                    throw unicodeError("(value error) invalid \\x escape at position \(at)", piece)
                }
                out.append(UInt8(h * 16 + lo))
                i += 2
            default:
                out.append(UInt8(ascii: "\\"))
                out.append(e)
            }
        }
        return out
    }

    func unicodeError(_ message: String, _ piece: StringPiece) -> SyntaxError {
        stringError(message)
    }

    /// Errors found while decoding literals point at the token following the
    /// strings (the last one CPython's parser had read), with one caret.
    func stringError(_ message: String) -> SyntaxError {
        let t = token
        return SyntaxError(.syntaxError, message, line: Int(t.line), column: Int(t.col))
    }

    /// Decodes backslash escapes of a str literal between two offsets.
    func decodeEscapes(_ start: Int, _ end: Int, _ piece: StringPiece, into builder: inout TextBuilder) throws {
        var i = start
        var runStart = i
        while i < end {
            if text[i] != UInt8(ascii: "\\") { i += 1; continue }
            if runStart < i { builder.appendUTF8(UnsafeBufferPointer(rebasing: text[runStart..<i])) }
            let escapeStart = i
            i += 1
            let e = text[i]
            i += 1
            switch e {
            case 0x0A: break
            case UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\""): builder.append(UInt32(e))
            case UInt8(ascii: "a"): builder.append(7)
            case UInt8(ascii: "b"): builder.append(8)
            case UInt8(ascii: "f"): builder.append(12)
            case UInt8(ascii: "n"): builder.append(10)
            case UInt8(ascii: "r"): builder.append(13)
            case UInt8(ascii: "t"): builder.append(9)
            case UInt8(ascii: "v"): builder.append(11)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var v = UInt32(e - 48)
                var n = 1
                while n < 3, i < end, text[i] >= UInt8(ascii: "0"), text[i] <= UInt8(ascii: "7") {
                    v = v * 8 + UInt32(text[i] - 48)
                    i += 1
                    n += 1
                }
                builder.append(v)
            case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
                let width = e == UInt8(ascii: "x") ? 2 : e == UInt8(ascii: "u") ? 4 : 8
                var v: UInt32 = 0
                for k in 0..<width {
                    guard i + k < end, let h = hexValue(text[i + k]) else {
                        let from = characterOffset(piece, escapeStart)
                        let to = characterOffset(piece, i + k) - 1
                        let name = e == UInt8(ascii: "x") ? "\\xXX" : e == UInt8(ascii: "u") ? "\\uXXXX" : "\\UXXXXXXXX"
                        throw unicodeError("(unicode error) 'unicodeescape' codec can't decode bytes in position \(from)-\(max(from, to)): truncated \(name) escape", piece)
                    }
                    v = v * 16 + h
                }
                i += width
                if v > 0x10FFFF {
                    let from = characterOffset(piece, escapeStart)
                    throw unicodeError("(unicode error) 'unicodeescape' codec can't decode bytes in position \(from)-\(from + width + 1): illegal Unicode character", piece)
                }
                builder.append(v)
            case UInt8(ascii: "N"):
                var close = i
                if i < end && text[i] == UInt8(ascii: "{") {
                    close = i + 1
                    while close < end && text[close] != UInt8(ascii: "}") { close += 1 }
                }
                let from = characterOffset(piece, escapeStart)
                guard i < end, text[i] == UInt8(ascii: "{"), close < end, close > i + 1 else {
                    throw unicodeError("(unicode error) 'unicodeescape' codec can't decode bytes in position \(from)-\(from + 1): malformed \\N character escape", piece)
                }
                let name = String(decoding: UnsafeBufferPointer(rebasing: text[(i + 1)..<close]), as: UTF8.self)
                guard let scalar = UnicodeNames.lookup(name) else {
                    let to = characterOffset(piece, close)
                    throw unicodeError("(unicode error) 'unicodeescape' codec can't decode bytes in position \(from)-\(to): unknown Unicode character name", piece)
                }
                builder.append(scalar)
                i = close + 1
            default:
                // Unknown escapes stay as written (a DeprecationWarning in CPython).
                builder.append(UInt32(UInt8(ascii: "\\")))
                i -= 1
            }
            runStart = i
        }
        if runStart < end { builder.appendUTF8(UnsafeBufferPointer(rebasing: text[runStart..<end])) }
    }

    /// CPython's unicode-escape errors count positions in bytes of the literal body.
    private func characterOffset(_ piece: StringPiece, _ offset: Int) -> Int {
        offset - piece.literal.contentStart
    }

    func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(c - 48)
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(c - 87)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(c - 55)
        default: return nil
        }
    }
}

/// One string token and its decoded prefix.
struct StringPiece {
    var token: Token
    var literal: StringLiteral
}

/// Prefix flags and content bounds of a string token.
struct StringLiteral {
    var isRaw = false, isBytes = false, isFString = false, isUnicode = false
    var quoteLength = 1
    var contentStart: Int
    var contentEnd: Int

    init(_ t: Token, _ text: UnsafeBufferPointer<UInt8>) {
        var i = Int(t.start)
        while text[i] != UInt8(ascii: "'") && text[i] != UInt8(ascii: "\"") {
            switch text[i] | 0x20 {
            case UInt8(ascii: "r"): isRaw = true
            case UInt8(ascii: "b"): isBytes = true
            case UInt8(ascii: "f"): isFString = true
            case UInt8(ascii: "u"): isUnicode = true
            default: break
            }
            i += 1
        }
        let q = text[i]
        if text[i + 1] == q && text[i + 2] == q && Int(t.end) - i >= 6 { quoteLength = 3 }
        contentStart = i + quoteLength
        contentEnd = Int(t.end) - quoteLength
    }

    func hasBackslash(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        UnsafeBufferPointer(rebasing: text[contentStart..<contentEnd]).contains(UInt8(ascii: "\\"))
    }
}

/// Accumulates a str value. Stays a Swift String until a lone surrogate
/// forces code points.
struct TextBuilder {
    var string = ""
    var codes: [UInt32]? = nil

    var isEmpty: Bool { codes.map { $0.isEmpty } ?? string.isEmpty }

    mutating func appendUTF8(_ bytes: UnsafeBufferPointer<UInt8>) {
        if codes != nil {
            codes!.append(contentsOf: String(decoding: bytes, as: UTF8.self).unicodeScalars.map(\.value))
        } else {
            string += String(decoding: bytes, as: UTF8.self)
        }
    }

    mutating func append(_ code: UInt32) {
        if codes == nil, let scalar = Unicode.Scalar(code) {
            string.unicodeScalars.append(scalar)
            return
        }
        if codes == nil { codes = string.unicodeScalars.map(\.value) }
        codes!.append(code)
    }

    mutating func append(_ other: TextBuilder) {
        if codes == nil && other.codes == nil {
            string += other.string
            return
        }
        if codes == nil { codes = string.unicodeScalars.map(\.value) }
        codes! += other.codes ?? other.string.unicodeScalars.map(\.value)
    }

    var constant: ConstantValue {
        if let codes { return .strCodePoints(codes) }
        return .str(string)
    }
}

/// The values of a JoinedStr under construction: adjacent literals merge and
/// empty ones vanish, as in CPython.
struct JoinedParts {
    var values: [Expr] = []
    var pending = TextBuilder()
    let position: Position

    init(position: Position) { self.position = position }

    mutating func appendLiteral(_ text: TextBuilder) { pending.append(text) }

    /// A literal flushed before a field spans the whole concatenation; the
    /// trailing one of a format spec spans only its own token (CPython 3.11).
    mutating func flushLiteral(at p: Position? = nil) {
        if !pending.isEmpty {
            values.append(Expr(.constant(pending.constant, kind: nil), p ?? position))
        }
        pending = TextBuilder()
    }

    mutating func appendField(_ e: Expr) {
        flushLiteral()
        values.append(e)
    }
}
