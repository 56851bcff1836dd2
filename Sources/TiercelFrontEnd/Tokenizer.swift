#if canImport(Glibc)
import Glibc
#endif

/// Python 3.11's tokenizer: turns a whole Source into tokens up front.
///
/// An error does not stop the caller outright: the tokenizer ends the stream
/// with an `.errorToken` and keeps the error, so the parser can report an
/// earlier, more specific error first, as CPython's incremental tokenizer does.
public struct TokenStream {
    public var tokens: [Token]
    public var error: SyntaxError?
}

/// CPython refuses more nesting than this (MAXLEVEL).
let maximumParenthesisLevel = 200
/// ... and more indentation levels than this (MAXINDENT).
let maximumIndentLevel = 100

public struct Tokenizer {
    private let source: Source
    private var tokens: [Token] = []
    private var indents: [Int] = [0]
    private var altIndents: [Int] = [0]
    /// Open brackets: the byte, its line and its column.
    private var brackets: [(UInt8, Int32, Int32)] = []
    private var line: Int32 = 1
    private var lineStart = 0

    private init(source: Source) {
        self.source = source
        tokens.reserveCapacity(source.count / 4 + 16)
    }

    public static func tokenize(_ source: Source) -> TokenStream {
        var tokenizer = Tokenizer(source: source)
        let error = tokenizer.run()
        return TokenStream(tokens: tokenizer.tokens, error: error)
    }

    // MARK: - Driver

    private mutating func run() -> SyntaxError? {
        source.bytes.withUnsafeBufferPointer { buffer -> SyntaxError? in
            do {
                try scan(buffer.baseAddress!, count: source.count)
                return nil
            } catch var error as SyntaxError {
                error.fromTokenizer = true
                let at = tokens.last.map { Int32($0.end) } ?? 0
                tokens.append(Token(kind: .errorToken, start: at, end: at, line: Int32(error.line),
                                    col: Int32(error.column), endLine: Int32(error.line), endCol: Int32(error.column)))
                return error
            } catch {
                fatalError("unexpected tokenizer error \(error)")
            }
        }
    }

    @inline(__always)
    private mutating func emit(_ kind: TokenKind, _ start: Int, _ end: Int) {
        tokens.append(Token(kind: kind, start: Int32(start), end: Int32(end), line: line,
                            col: Int32(start - lineStart), endLine: line, endCol: Int32(end - lineStart)))
    }

    private func error(_ message: String, at offset: Int, kind: SyntaxErrorKind = .syntaxError) -> SyntaxError {
        var e = SyntaxError(kind, message, line: Int(line), column: offset - lineStart)
        e.fromTokenizer = true
        return e
    }

    private mutating func newLine(at offset: Int) {
        line += 1
        lineStart = offset
    }

    private func lastIsLineBreak() -> Bool {
        guard let last = tokens.last else { return true }
        return last.kind == .newline || last.kind == .indent || last.kind == .dedent
    }

    // MARK: - Scanner

    private mutating func scan(_ p: UnsafePointer<UInt8>, count n: Int) throws {
        var i = 0
        var atLineStart = true
        // Lines holding only blanks and a comment produce no NEWLINE.
        var blankLine = false
        while true {
            if atLineStart {
                atLineStart = false
                blankLine = try indentation(p, n, &i)
            }
            // Skip blanks between tokens.
            while p[i] == 0x20 || p[i] == 0x09 || p[i] == 0x0C { i += 1 }
            let c = p[i]
            if i >= n {
                try finish(i)
                return
            }
            let start = i
            switch c {
            case UInt8(ascii: "#"):
                while p[i] != 0x0A && i < n { i += 1 }
                continue
            case 0x0A:
                i += 1
                if brackets.isEmpty && !blankLine {
                    emit(.newline, start, start + 1)
                }
                newLine(at: i)
                atLineStart = true
                continue
            case UInt8(ascii: "\\"):
                if p[i + 1] == 0x0A {
                    if i + 2 >= n {
                        throw error("unexpected EOF while parsing", at: i + 1)
                    }
                    i += 2
                    newLine(at: i)
                    continue
                }
                throw error("unexpected character after line continuation character", at: i + 1)
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                try number(p, &i)
                emit(.number, start, i)
                continue
            case UInt8(ascii: "."):
                if p[i + 1] >= UInt8(ascii: "0") && p[i + 1] <= UInt8(ascii: "9") {
                    try number(p, &i)
                    emit(.number, start, i)
                } else if p[i + 1] == UInt8(ascii: ".") && p[i + 2] == UInt8(ascii: ".") {
                    i += 3
                    emit(.ellipsis, start, i)
                } else {
                    i += 1
                    emit(.dot, start, i)
                }
                continue
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                try string(p, n, &i, quoteAt: i)
                continue
            default:
                break
            }
            if isIdentifierStart(c) {
                // A name, a keyword, or a string prefix.
                var j = i
                var allASCII = true
                while true {
                    let d = p[j]
                    if d < 0x80 {
                        if !asciiIdentifierChar[Int(d)] { break }
                        j += 1
                    } else {
                        allASCII = false
                        j += 1
                        while p[j] & 0xC0 == 0x80 { j += 1 }
                    }
                }
                let q = p[j]
                if (q == UInt8(ascii: "\"") || q == UInt8(ascii: "'")) && j - i <= 2 && isStringPrefix(p + i, j - i) {
                    try string(p, n, &i, quoteAt: j)
                    continue
                }
                if !allASCII { try validateIdentifier(p, i, j) }
                emit(keyword(p + i, j - i) ?? .name, i, j)
                i = j
                continue
            }
            if let (kind, length) = punctuator(p + i) {
                i += length
                switch kind {
                case .lpar, .lsqb, .lbrace:
                    if brackets.count >= maximumParenthesisLevel {
                        throw error("too many nested parentheses", at: start)
                    }
                    brackets.append((c, line, Int32(start - lineStart)))
                case .rpar, .rsqb, .rbrace:
                    guard let (open, openLine, _) = brackets.last else {
                        throw error("unmatched '\(Character(Unicode.Scalar(c)))'", at: start)
                    }
                    let expected: UInt8 = open == UInt8(ascii: "(") ? UInt8(ascii: ")")
                        : open == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
                    if c != expected {
                        let closing = Character(Unicode.Scalar(c))
                        let opening = Character(Unicode.Scalar(open))
                        if openLine != line {
                            throw error("closing parenthesis '\(closing)' does not match opening parenthesis '\(opening)' on line \(openLine)", at: start)
                        }
                        throw error("closing parenthesis '\(closing)' does not match opening parenthesis '\(opening)'", at: start)
                    }
                    brackets.removeLast()
                default:
                    break
                }
                emit(kind, start, i)
                continue
            }
            throw invalidCharacter(p, at: i)
        }
    }

    /// Measures a line's indentation and emits INDENT/DEDENT. Returns true when
    /// the line is blank or only a comment.
    private mutating func indentation(_ p: UnsafePointer<UInt8>, _ n: Int, _ i: inout Int) throws -> Bool {
        var col = 0
        var altCol = 0
        // Indentation cannot be split across lines with backslashes: the
        // column of the first backslash (when not 0) is the line's indentation.
        var continuationCol = 0
        var j = i
        while true {
            let c = p[j]
            if c == 0x20 { col += 1; altCol += 1 }
            else if c == 0x09 { col = (col / 8 + 1) * 8; altCol += 1 }
            else if c == 0x0C { col = 0; altCol = 0 }
            else if c == UInt8(ascii: "\\") {
                if continuationCol == 0 { continuationCol = col }
                guard p[j + 1] == 0x0A else { throw error("unexpected character after line continuation character", at: j + 1) }
                if j + 2 >= n { throw error("unexpected EOF while parsing", at: j + 1) }
                j += 2
                newLine(at: j)
                continue
            }
            else { break }
            j += 1
        }
        if continuationCol != 0 {
            col = continuationCol
            altCol = continuationCol
        }
        let c = p[j]
        let blank = c == UInt8(ascii: "#") || c == 0x0A || j >= n
        i = j
        if blank { return brackets.isEmpty }
        if !brackets.isEmpty { return false }
        let top = indents[indents.count - 1]
        if col == top {
            if altCol != altIndents[altIndents.count - 1] {
                throw inconsistentTabs(at: j)
            }
        } else if col > top {
            if altCol <= altIndents[altIndents.count - 1] {
                throw inconsistentTabs(at: j)
            }
            if indents.count >= maximumIndentLevel {
                throw SyntaxError(.indentationError, "too many levels of indentation", line: Int(line), column: -1)
            }
            indents.append(col)
            altIndents.append(altCol)
            emit(.indent, lineStart, j)
        } else {
            while indents.count > 1 && col < indents[indents.count - 1] {
                indents.removeLast()
                altIndents.removeLast()
                emit(.dedent, j, j)
            }
            if col != indents[indents.count - 1] {
                // CPython's caret lands just past the end of the line.
                var end = j
                while p[end] != 0x0A && end < n { end += 1 }
                throw SyntaxError(.indentationError, "unindent does not match any outer indentation level",
                                  line: Int(line), column: end - lineStart + 1)
            }
            if altCol != altIndents[altIndents.count - 1] {
                throw inconsistentTabs(at: j)
            }
        }
        return false
    }

    private func inconsistentTabs(at offset: Int) -> SyntaxError {
        SyntaxError(.tabError, "inconsistent use of tabs and spaces in indentation",
                    line: Int(line), column: -1)
    }

    private mutating func finish(_ i: Int) throws {
        if let (open, openLine, openCol) = brackets.last {
            throw SyntaxError(.syntaxError, "'\(Character(Unicode.Scalar(open)))' was never closed",
                              line: Int(openLine), column: Int(openCol))
        }
        if !lastIsLineBreak() {
            emit(.newline, i, i)
        }
        for _ in 1..<indents.count { emit(.dedent, i, i) }
        indents = [0]
        emit(.endMarker, i, i)
    }

    // MARK: - Names

    private func validateIdentifier(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) throws {
        var j = start
        var first = true
        while j < end {
            let (scalar, length) = decodeScalar(p + j)
            let ok = first ? (scalar == "_" || scalar.properties.isXIDStart) : (scalar == "_" || scalar.properties.isXIDContinue)
            if !ok {
                // CPython reports the first character that cannot be in an identifier.
                throw invalidCharacter(p, at: j)
            }
            first = false
            j += length
        }
    }

    private func invalidCharacter(_ p: UnsafePointer<UInt8>, at offset: Int) -> SyntaxError {
        let (scalar, _) = decodeScalar(p + offset)
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        if !isPrintable(scalar) {
            return error("invalid non-printable character U+\(padded)", at: offset)
        }
        return error("invalid character '\(Character(scalar))' (U+\(padded))", at: offset)
    }

    private func keyword(_ p: UnsafePointer<UInt8>, _ length: Int) -> TokenKind? {
        guard length >= 2 && length <= 8 else { return nil }
        let first = p[0]
        // Keywords start with a lowercase letter or with F, N, T.
        guard (first >= UInt8(ascii: "a") && first <= UInt8(ascii: "y")) || first == UInt8(ascii: "F")
                || first == UInt8(ascii: "N") || first == UInt8(ascii: "T") else { return nil }
        for (word, kind) in keywordsByFirstByte[Int(first)] where word.count == length {
            if memcmp(p, word, length) == 0 { return kind }
        }
        return nil
    }

    private func isStringPrefix(_ p: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        let a = p[0] | 0x20
        if length == 1 { return a == UInt8(ascii: "r") || a == UInt8(ascii: "u") || a == UInt8(ascii: "b") || a == UInt8(ascii: "f") }
        let b = p[1] | 0x20
        let r = UInt8(ascii: "r")
        return (a == r && (b == UInt8(ascii: "b") || b == UInt8(ascii: "f")))
            || (b == r && (a == UInt8(ascii: "b") || a == UInt8(ascii: "f")))
    }

    // MARK: - Strings

    /// Scans a string literal whose prefix starts at `i` and quote at `quoteAt`.
    private mutating func string(_ p: UnsafePointer<UInt8>, _ n: Int, _ i: inout Int, quoteAt: Int) throws {
        let start = i
        let startLine = line
        let startLineStart = lineStart
        let quote = p[quoteAt]
        var j = quoteAt + 1
        let triple = p[j] == quote && p[j + 1] == quote
        if triple { j += 2 }
        while true {
            if j >= n {
                let message = triple ? "unterminated triple-quoted string literal (detected at line \(line - 1))"
                    : "unterminated string literal (detected at line \(line))"
                throw SyntaxError(.syntaxError, message, line: Int(startLine), column: start - startLineStart)
            }
            let c = p[j]
            if c == quote {
                if !triple { j += 1; break }
                if p[j + 1] == quote && p[j + 2] == quote { j += 3; break }
                j += 1
            } else if c == UInt8(ascii: "\\") {
                j += 1
                if p[j] == 0x0A {
                    if j >= n { continue }
                    newLine(at: j + 1)
                }
                j += 1
            } else if c == 0x0A {
                if !triple {
                    throw SyntaxError(.syntaxError, "unterminated string literal (detected at line \(line))",
                                      line: Int(startLine), column: start - startLineStart)
                }
                j += 1
                newLine(at: j)
            } else {
                j += 1
            }
        }
        tokens.append(Token(kind: .string, start: Int32(start), end: Int32(j), line: startLine,
                            col: Int32(start - startLineStart), endLine: line, endCol: Int32(j - lineStart)))
        i = j
    }

    // MARK: - Numbers

    private func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// Scans digits accepted by `accept`, with single underscores between them.
    /// Returns false when an underscore is not followed by a digit.
    private func digits(_ p: UnsafePointer<UInt8>, _ i: inout Int, _ accept: (UInt8) -> Bool) -> Bool {
        while true {
            while accept(p[i]) { i += 1 }
            if p[i] != UInt8(ascii: "_") { return true }
            i += 1
            if !accept(p[i]) { return false }
        }
    }

    private func number(_ p: UnsafePointer<UInt8>, _ i: inout Int) throws {
        let numberStart = i
        let c = p[i]
        if c == UInt8(ascii: "0") {
            let x = p[i + 1] | 0x20
            if x == UInt8(ascii: "x") || x == UInt8(ascii: "o") || x == UInt8(ascii: "b") {
                i += 2
                let kindName = x == UInt8(ascii: "x") ? "hexadecimal" : x == UInt8(ascii: "o") ? "octal" : "binary"
                let accept: (UInt8) -> Bool
                switch x {
                case UInt8(ascii: "x"):
                    accept = { ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66) }
                case UInt8(ascii: "o"): accept = { $0 >= 0x30 && $0 <= 0x37 }
                default: accept = { $0 == 0x30 || $0 == 0x31 }
                }
                if p[i] == UInt8(ascii: "_") { i += 1 }
                if !accept(p[i]) {
                    if x != UInt8(ascii: "x") && isDigit(p[i]) {
                        throw error("invalid digit '\(Character(Unicode.Scalar(p[i])))' in \(kindName) literal", at: i)
                    }
                    throw error("invalid \(kindName) literal", at: i - 1)
                }
                if !digits(p, &i, accept) { throw error("invalid \(kindName) literal", at: i - 1) }
                if x != UInt8(ascii: "x") && isDigit(p[i]) {
                    throw error("invalid digit '\(Character(Unicode.Scalar(p[i])))' in \(kindName) literal", at: i)
                }
                try verifyEnd(p, i, kindName)
                return
            }
            // Zeros, then possibly a float or an illegal leading-zero integer.
            var nonZero = false
            i += 1
            while true {
                while p[i] == 0x30 { i += 1 }
                if p[i] == UInt8(ascii: "_") {
                    i += 1
                    if !isDigit(p[i]) { throw error("invalid decimal literal", at: i - 1) }
                    continue
                }
                break
            }
            let zerosEnd = i
            if isDigit(p[i]) {
                nonZero = true
                if !digits(p, &i, isDigit) { throw error("invalid decimal literal", at: i - 1) }
            }
            let next = p[i] | 0x20
            if p[i] == UInt8(ascii: ".") || next == UInt8(ascii: "e") || next == UInt8(ascii: "j") {
                try fraction(p, &i)
                return
            }
            if nonZero {
                throw SyntaxError(.syntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                                  line: Int(line), column: numberStart - lineStart, endLine: Int(line),
                                  endColumn: zerosEnd - lineStart)
            }
            try verifyEnd(p, i, "decimal")
            return
        }
        if c != UInt8(ascii: ".") {
            if !digits(p, &i, isDigit) { throw error("invalid decimal literal", at: i - 1) }
        }
        try fraction(p, &i)
    }

    /// The part of a decimal number after its integer digits.
    private func fraction(_ p: UnsafePointer<UInt8>, _ i: inout Int) throws {
        if p[i] == UInt8(ascii: ".") {
            i += 1
            if isDigit(p[i]) && !digits(p, &i, isDigit) { throw error("invalid decimal literal", at: i - 1) }
        }
        if p[i] | 0x20 == UInt8(ascii: "e") {
            let e = i
            i += 1
            if p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-") {
                i += 1
                if !isDigit(p[i]) { throw error("invalid decimal literal", at: i) }
            } else if !isDigit(p[i]) {
                // `1else`: the e begins a keyword, not an exponent.
                i = e
                try verifyEnd(p, i, "decimal")
                return
            }
            if !digits(p, &i, isDigit) { throw error("invalid decimal literal", at: i - 1) }
        }
        if p[i] | 0x20 == UInt8(ascii: "j") {
            i += 1
            try verifyEnd(p, i, "imaginary")
            return
        }
        try verifyEnd(p, i, "decimal")
    }

    /// A number may not run straight into a name, except into the keywords
    /// that can follow one in valid code (`1if x else y`).
    private func verifyEnd(_ p: UnsafePointer<UInt8>, _ i: Int, _ kind: String) throws {
        let c = p[i]
        func follows(_ word: String) -> Bool {
            var k = i
            for b in word.utf8 {
                if p[k] != b { return false }
                k += 1
            }
            return true
        }
        let allowed: Bool
        switch c {
        case UInt8(ascii: "a"): allowed = follows("and")
        case UInt8(ascii: "e"): allowed = follows("else")
        case UInt8(ascii: "f"): allowed = follows("for")
        case UInt8(ascii: "i"):
            let d = p[i + 1]
            allowed = d == UInt8(ascii: "f") || d == UInt8(ascii: "n") || d == UInt8(ascii: "s")
        case UInt8(ascii: "o"): allowed = follows("or")
        case UInt8(ascii: "n"): allowed = follows("not")
        default: allowed = false
        }
        // Only ASCII counts here: a non-ASCII character after a number is
        // reported as an invalid character by the next token instead.
        if !allowed && c < 0x80 && (isIdentifierStart(c) || isDigit(c)) {
            throw error("invalid \(kind) literal", at: i - 1)
        }
    }
}

// MARK: - Character classes

let asciiIdentifierChar: [Bool] = (0..<128).map { c in
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F
}

@inline(__always)
func isIdentifierStart(_ c: UInt8) -> Bool {
    c >= 0x80 || (asciiIdentifierChar[Int(c)] && !(c >= 0x30 && c <= 0x39))
}

let keywordsByFirstByte: [[([UInt8], TokenKind)]] = {
    var table = [[([UInt8], TokenKind)]](repeating: [], count: 128)
    for (word, kind) in keywordTable {
        let bytes = Array(word.utf8)
        table[Int(bytes[0])].append((bytes, kind))
    }
    return table
}()

/// Decodes one scalar from valid UTF-8 (the Source has been validated).
@inline(__always)
func decodeScalar(_ p: UnsafePointer<UInt8>) -> (Unicode.Scalar, Int) {
    let c = p[0]
    if c < 0x80 { return (Unicode.Scalar(c), 1) }
    if c & 0xE0 == 0xC0 {
        return (Unicode.Scalar(UInt32(c & 0x1F) << 6 | UInt32(p[1] & 0x3F))!, 2)
    }
    if c & 0xF0 == 0xE0 {
        let v = UInt32(c & 0x0F) << 12 | UInt32(p[1] & 0x3F) << 6 | UInt32(p[2] & 0x3F)
        return (Unicode.Scalar(v) ?? "\u{FFFD}", 3)
    }
    let v = UInt32(c & 0x07) << 18 | UInt32(p[1] & 0x3F) << 12 | UInt32(p[2] & 0x3F) << 6 | UInt32(p[3] & 0x3F)
    return (Unicode.Scalar(v) ?? "\u{FFFD}", 4)
}

/// str.isprintable for one character, under Unicode 14.0 (CPython 3.11's
/// database): characters assigned by later versions count as unassigned.
func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    if scalar == " " { return true }
    if scalar.value < 0x7F { return scalar.value >= 0x20 }
    if let age = scalar.properties.age, age.major > 14 { return false }
    switch scalar.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned,
         .lineSeparator, .paragraphSeparator, .spaceSeparator:
        return false
    default:
        return true
    }
}

/// Longest-match operator lookup.
@inline(__always)
func punctuator(_ p: UnsafePointer<UInt8>) -> (TokenKind, Int)? {
    let a = p[0], b = p[1]
    let eq = UInt8(ascii: "=")
    switch a {
    case UInt8(ascii: "("): return (.lpar, 1)
    case UInt8(ascii: ")"): return (.rpar, 1)
    case UInt8(ascii: "["): return (.lsqb, 1)
    case UInt8(ascii: "]"): return (.rsqb, 1)
    case UInt8(ascii: "{"): return (.lbrace, 1)
    case UInt8(ascii: "}"): return (.rbrace, 1)
    case UInt8(ascii: ","): return (.comma, 1)
    case UInt8(ascii: ";"): return (.semi, 1)
    case UInt8(ascii: "~"): return (.tilde, 1)
    case UInt8(ascii: ":"): return b == eq ? (.colonEqual, 2) : (.colon, 1)
    case UInt8(ascii: "+"): return b == eq ? (.plusEqual, 2) : (.plus, 1)
    case UInt8(ascii: "-"):
        if b == eq { return (.minusEqual, 2) }
        return b == UInt8(ascii: ">") ? (.rarrow, 2) : (.minus, 1)
    case UInt8(ascii: "*"):
        if b == UInt8(ascii: "*") { return p[2] == eq ? (.doubleStarEqual, 3) : (.doubleStar, 2) }
        return b == eq ? (.starEqual, 2) : (.star, 1)
    case UInt8(ascii: "/"):
        if b == UInt8(ascii: "/") { return p[2] == eq ? (.doubleSlashEqual, 3) : (.doubleSlash, 2) }
        return b == eq ? (.slashEqual, 2) : (.slash, 1)
    case UInt8(ascii: "%"): return b == eq ? (.percentEqual, 2) : (.percent, 1)
    case UInt8(ascii: "|"): return b == eq ? (.vbarEqual, 2) : (.vbar, 1)
    case UInt8(ascii: "&"): return b == eq ? (.amperEqual, 2) : (.amper, 1)
    case UInt8(ascii: "^"): return b == eq ? (.circumflexEqual, 2) : (.circumflex, 1)
    case UInt8(ascii: "@"): return b == eq ? (.atEqual, 2) : (.at, 1)
    case UInt8(ascii: "="): return b == eq ? (.eqEqual, 2) : (.equal, 1)
    case UInt8(ascii: "!"): return b == eq ? (.notEqual, 2) : nil
    case UInt8(ascii: "<"):
        if b == UInt8(ascii: "<") { return p[2] == eq ? (.leftShiftEqual, 3) : (.leftShift, 2) }
        if b == UInt8(ascii: ">") { return nil }
        return b == eq ? (.lessEqual, 2) : (.less, 1)
    case UInt8(ascii: ">"):
        if b == UInt8(ascii: ">") { return p[2] == eq ? (.rightShiftEqual, 3) : (.rightShift, 2) }
        return b == eq ? (.greaterEqual, 2) : (.greater, 1)
    default:
        return nil
    }
}
