#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A source file as the tokenizer reads it: UTF-8 bytes (decoded from the
/// declared encoding when there is one) and where each line starts.
public final class Source {
    public let fileName: String
    /// UTF-8 text, followed by one NUL sentinel so scanners may read one past the end.
    public let bytes: [UInt8]
    public var count: Int { bytes.count - 1 }
    /// Byte offset at which each line starts; lineStarts[0] is line 1.
    public private(set) var lineStarts: [Int32] = [0]
    /// A BOM or coding cookie was present (CPython then reports parser error
    /// columns in characters rather than bytes).
    public private(set) var declaresEncoding = false

    /// Decodes raw file bytes: strips a UTF-8 BOM, honours a PEP 263 encoding
    /// cookie on the first two lines, and rejects invalid UTF-8 and NUL bytes.
    /// Offsets of bytes that were not valid UTF-8, replaced by '?', when the
    /// source was read the way `ast.parse(bytes)` reads it.
    public private(set) var undecodableOffsets: [Int] = []

    /// `astParseSemantics` reads like `ast.parse(bytes)`, which only decodes
    /// what it tokenizes (undecodable bytes in comments pass); otherwise like
    /// running a file, which rejects any undecodable byte.
    public init(fileName: String, raw: [UInt8], astParseSemantics: Bool = false) throws {
        self.fileName = fileName
        var text = raw
        var hadBOM = false
        if text.starts(with: [0xEF, 0xBB, 0xBF]) {
            text.removeFirst(3)
            hadBOM = true
        }
        declaresEncoding = hadBOM
        if let encoding = Source.declaredEncoding(text) {
            declaresEncoding = true
            // With a BOM, only a cookie that normalizes to exactly "utf-8" is accepted.
            if hadBOM && encoding != "utf-8" {
                throw Source.bareError("encoding problem: \(encoding) with BOM")
            }
            switch Source.codecName(encoding) {
            case "utf_8", "utf_8_sig":
                break
            case "latin_1":
                text = Source.latin1ToUTF8(text)
            default:
                guard let decoded = Source.iconvToUTF8(text, from: encoding) else {
                    throw Source.bareError("encoding problem: \(encoding)")
                }
                text = decoded
            }
        }
        if !astParseSemantics, let bad = Source.firstInvalidUTF8(text) {
            let line = text[..<bad].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let byte = String(text[bad], radix: 16)
            throw Source.bareError("Non-UTF-8 code starting with '\\x\(byte)' in file \(fileName) on line \(line), but no encoding declared; see https://peps.python.org/pep-0263/ for details")
        }
        if let nul = text.firstIndex(of: 0) {
            var lineStart = nul
            while lineStart > 0 && text[lineStart - 1] != 0x0A { lineStart -= 1 }
            let line = text[..<nul].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            var e = SyntaxError(.syntaxError, "source code cannot contain null bytes", line: line, column: -1)
            e.lineTextOverride = String(decoding: text[lineStart..<nul], as: UTF8.self)
            throw e
        }
        text = Source.universalNewlines(text)
        if astParseSemantics {
            while let bad = Source.firstInvalidUTF8(text) {
                undecodableOffsets.append(bad)
                text[bad] = UInt8(ascii: "?")
            }
        }
        text.append(0)
        bytes = text
        var starts: [Int32] = [0]
        starts.reserveCapacity(text.count / 32)
        let n = text.count - 1
        var i = 0
        while i < n {
            let c = text[i]
            if c == 0x0A {
                starts.append(Int32(i + 1))
            } else if c == 0x0D {
                if i + 1 < n && text[i + 1] == 0x0A { i += 1 }
                starts.append(Int32(i + 1))
            }
            i += 1
        }
        lineStarts = starts
    }

    public convenience init(fileName: String, text: String) throws {
        try self.init(fileName: fileName, raw: Array(text.utf8))
    }

    /// The text of a 1-based line without its line terminator.
    public func lineText(_ line: Int) -> String {
        guard line >= 1 && line <= lineStarts.count else { return "" }
        var start = Int(lineStarts[line - 1])
        var end = line < lineStarts.count ? Int(lineStarts[line]) : count
        if start > count { start = count }
        while end > start && (bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Converts a 0-based byte column of a line into a 0-based character column.
    public func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1 && line <= lineStarts.count else { return byteColumn }
        let start = Int(lineStarts[line - 1])
        var chars = 0
        var i = start
        let stop = min(start + byteColumn, count)
        while i < stop {
            if bytes[i] & 0xC0 != 0x80 { chars += 1 }
            i += 1
        }
        return chars + max(0, start + byteColumn - stop)
    }

    /// CPython's tokenizer reads \r\n and lone \r as \n, and ends the text
    /// with a newline when it lacks one.
    static func universalNewlines(_ text: [UInt8]) -> [UInt8] {
        var out = text
        if text.contains(0x0D) {
            out = []
            out.reserveCapacity(text.count)
            var i = 0
            while i < text.count {
                let c = text[i]
                if c == 0x0D {
                    out.append(0x0A)
                    if i + 1 < text.count && text[i + 1] == 0x0A { i += 1 }
                } else {
                    out.append(c)
                }
                i += 1
            }
        }
        if let last = out.last, last != 0x0A { out.append(0x0A) }
        return out
    }

    static func latin1ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 { out.append(b) } else {
                out.append(0xC0 | (b >> 6))
                out.append(0x80 | (b & 0x3F))
            }
        }
        return out
    }

    /// Decoding problems are reported by message alone, with no location.
    static func bareError(_ message: String) -> SyntaxError {
        var e = SyntaxError(.syntaxError, message, line: 1, column: -1)
        e.presentation = .messageOnly
        return e
    }

    /// PEP 263: `coding[:=]\s*([-\w.]+)` in a comment on line 1 or 2 (line 2 only
    /// when line 1 is blank or a comment). Returns the normalized name.
    static func declaredEncoding(_ text: [UInt8]) -> String? {
        var lineStart = 0
        for lineNo in 0..<2 {
            var end = lineStart
            while end < text.count && text[end] != 0x0A && text[end] != 0x0D { end += 1 }
            let line = text[lineStart..<end]
            var i = line.startIndex
            while i < line.endIndex && (line[i] == 0x20 || line[i] == 0x09 || line[i] == 0x0C) { i += 1 }
            if i < line.endIndex && line[i] == UInt8(ascii: "#") {
                let comment = Array(line[i...])
                if let name = cookieName(comment) { return name }
            } else if lineNo == 0 && i < line.endIndex {
                return nil  // code on line 1: no cookie may follow on line 2
            }
            if end >= text.count { break }
            lineStart = end + 1
            if text[end] == 0x0D && lineStart < text.count && text[lineStart] == 0x0A { lineStart += 1 }
        }
        return nil
    }

    private static func cookieName(_ comment: [UInt8]) -> String? {
        let pattern = Array("coding".utf8)
        guard comment.count > pattern.count else { return nil }
        var i = 0
        while i + pattern.count < comment.count {
            if Array(comment[i..<i + pattern.count]) == pattern {
                var j = i + pattern.count
                if comment[j] == UInt8(ascii: ":") || comment[j] == UInt8(ascii: "=") {
                    j += 1
                    while j < comment.count && (comment[j] == 0x20 || comment[j] == 0x09) { j += 1 }
                    var k = j
                    while k < comment.count {
                        let c = comment[k]
                        let ok = (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A)
                            || c == UInt8(ascii: "-") || c == UInt8(ascii: "_") || c == UInt8(ascii: ".")
                        if !ok { break }
                        k += 1
                    }
                    if k > j {
                        return normalizeEncoding(String(decoding: comment[j..<k], as: UTF8.self))
                    }
                }
            }
            i += 1
        }
        return nil
    }

    /// CPython's tokenizer folds these spellings (and only these) before the
    /// codec lookup; every other name is kept as written.
    static func normalizeEncoding(_ name: String) -> String {
        let lower = String(name.prefix(12)).lowercased().replacingOccurrences(of: "_", with: "-")
        if lower == "utf-8" || lower.hasPrefix("utf-8-") { return "utf-8" }
        for latin in ["latin-1", "iso-8859-1", "iso-latin-1"] where lower == latin || lower.hasPrefix(latin + "-") {
            return "iso-8859-1"
        }
        return name
    }

    /// The codec a name selects, as Python's codec registry normalizes and
    /// aliases it; only the codecs decoded natively are resolved here.
    static func codecName(_ name: String) -> String {
        // Runs of characters other than letters, digits and '.' become one
        // '_', and underscores at either end go (encodings.normalize_encoding).
        var normalized = ""
        var pendingSeparator = false
        for c in name.lowercased() {
            if c.isASCII && (c.isLetter || c.isNumber || c == ".") {
                if pendingSeparator && !normalized.isEmpty { normalized.append("_") }
                pendingSeparator = false
                normalized.append(c)
            } else {
                pendingSeparator = true
            }
        }
        let utf8: Set<String> = ["utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001"]
        let latin1: Set<String> = ["latin_1", "latin1", "latin", "l1", "8859", "cp819", "csisolatin1", "ibm819",
                                   "iso8859", "iso8859_1", "iso_8859_1", "iso_8859_1_1987", "iso_ir_100"]
        if utf8.contains(normalized) { return "utf_8" }
        if normalized == "utf_8_sig" { return "utf_8_sig" }
        if latin1.contains(normalized) { return "latin_1" }
        return normalized
    }

    /// Other codecs go through the C library's iconv, which knows CPython's
    /// common codec names (cp1252, koi8-r, shift_jis, ...).
    static func iconvToUTF8(_ text: [UInt8], from encoding: String) -> [UInt8]? {
        for name in [encoding, encoding.replacingOccurrences(of: "_", with: "-")] {
            let cd = iconv_open("UTF-8", name)
            if cd == iconv_t(bitPattern: -1) { continue }
            defer { iconv_close(cd) }
            var input = text
            var output = [UInt8](repeating: 0, count: text.count * 4 + 16)
            let written: Int? = input.withUnsafeMutableBytes { inBuf in
                output.withUnsafeMutableBytes { outBuf in
                    var inPtr = inBuf.baseAddress?.assumingMemoryBound(to: CChar.self)
                    var inLeft = inBuf.count
                    var outPtr = outBuf.baseAddress?.assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuf.count
                    if iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == -1 { return nil }
                    return outBuf.count - outLeft
                }
            }
            guard let written else { return nil }
            return Array(output[0..<written])
        }
        return nil
    }

    /// Index of the first byte that does not start a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ b: [UInt8]) -> Int? {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            var need = 0
            var minCode: UInt32 = 0
            var code: UInt32 = 0
            if c & 0xE0 == 0xC0 { need = 1; code = UInt32(c & 0x1F); minCode = 0x80 }
            else if c & 0xF0 == 0xE0 { need = 2; code = UInt32(c & 0x0F); minCode = 0x800 }
            else if c & 0xF8 == 0xF0 { need = 3; code = UInt32(c & 0x07); minCode = 0x10000 }
            else { return i }
            if i + need >= n + 0 && i + need > n - 1 + 1 { return i }
            for k in 1...need {
                guard i + k < n, b[i + k] & 0xC0 == 0x80 else { return i }
                code = code << 6 | UInt32(b[i + k] & 0x3F)
            }
            if code < minCode || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF) { return i }
            i += need + 1
        }
        return nil
    }
}
