/// A recursive-descent parser for Python 3.11 over a pre-tokenized stream.
/// It follows CPython's PEG grammar rule for rule where the shape matters and
/// backtracks (by resetting `pos`) only where the grammar needs lookahead:
/// soft keywords, parenthesized with-items, and assignment targets.
public final class Parser {
    let source: Source
    let text: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeMutableBufferPointer<Token>
    let tokenizerError: SyntaxError?
    var pos = 0
    /// Nesting of recursive rules; deeper input is refused as CPython does.
    var depth = 0
    /// Nesting beyond this is refused with MemoryError, where CPython's parser
    /// overflows its own stack (e.g. 2,988 unary minus signs parse, 2,989 do not).
    static let maximumDepth = 2989
    /// Positional call arguments report `f(x.y=1)` their own way.
    var inCallArguments = false
    /// Where the call argument being parsed began (for error ranges).
    var lastArgumentStart = Token(kind: .endMarker, start: 0, end: 0, line: 0, col: 0, endLine: 0, endCol: 0)

    init(source: Source, stream: TokenStream, text: UnsafeBufferPointer<UInt8>) {
        self.source = source
        self.text = text
        self.tokens = UnsafeMutableBufferPointer<Token>.allocate(capacity: stream.tokens.count)
        _ = self.tokens.initialize(from: stream.tokens)
        self.tokenizerError = stream.error
    }

    deinit { tokens.deallocate() }

    /// Parses a whole file (`exec` mode).
    public static func parseModule(_ source: Source) throws -> Module {
        try parse(source) { try $0.file() }
    }

    /// Tokenizes `source` and runs `rule` on a parser over it.
    private static func parse<T>(_ source: Source, _ rule: (Parser) throws -> T) throws -> T {
        let stream = Tokenizer.tokenize(source)
        try checkUndecodableBytes(source, stream)
        return try source.bytes.withUnsafeBufferPointer { text in
            try rule(Parser(source: source, stream: stream, text: text))
        }
    }

    /// Parses `eval` input (expressions, then nothing but newlines) as a
    /// module of one expression statement, so the later stages take it as
    /// they take any module.
    public static func parseEval(_ source: Source) throws -> Module {
        try parse(source) { try $0.evalInput() }
    }

    /// Undecodable bytes are fine in comments (never decoded) but not in tokens.
    private static func checkUndecodableBytes(_ source: Source, _ stream: TokenStream) throws {
        for offset in source.undecodableOffsets {
            let tokens = stream.tokens
            var lo = 0, hi = tokens.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if Int(tokens[mid].end) <= offset { lo = mid + 1 } else { hi = mid }
            }
            if lo < tokens.count && Int(tokens[lo].start) <= offset && tokens[lo].kind != .errorToken {
                let line = source.lineStarts.lastIndex { Int($0) <= offset }.map { $0 + 1 } ?? 1
                var e = SyntaxError(.syntaxError, "(unicode error) 'utf-8' codec can't decode byte in position \(offset): invalid start byte",
                                    line: line, column: -1)
                e.presentation = .messageOnly
                throw e
            }
        }
    }

    /// Parses one expression from `source` (used for f-string fields).
    static func parseExpression(_ source: Source) throws -> Expr {
        let stream = Tokenizer.tokenize(source)
        return try source.bytes.withUnsafeBufferPointer { text in
            let parser = Parser(source: source, stream: stream, text: text)
            return try parser.starExpressions()
        }
    }

    // MARK: - Token access

    @inline(__always) var token: Token { tokens[pos] }
    @inline(__always) var kind: TokenKind { tokens[pos].kind }
    @inline(__always) func kind(at offset: Int) -> TokenKind {
        let i = pos + offset
        return i < tokens.count ? tokens[i].kind : .endMarker
    }
    @inline(__always) var previous: Token { tokens[pos - 1] }

    @inline(__always) func advance() { pos += 1 }

    @inline(__always) func accept(_ k: TokenKind) -> Bool {
        if tokens[pos].kind == k { pos += 1; return true }
        return false
    }

    func expect(_ k: TokenKind) throws {
        if tokens[pos].kind == k { pos += 1; return }
        if k == .colon { throw expected("':'") }
        throw invalidSyntax()
    }

    /// The source text of a token.
    func string(_ t: Token) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[Int(t.start)..<Int(t.end)]), as: UTF8.self)
    }

    func isName(_ t: Token, _ word: StaticString) -> Bool {
        guard t.kind == .name, Int(t.end - t.start) == word.utf8CodeUnitCount else { return false }
        return memcmp(text.baseAddress! + Int(t.start), word.utf8Start, word.utf8CodeUnitCount) == 0
    }

    /// Identifiers are NFKC-normalized, as PEP 3131 requires.
    func identifier(_ t: Token) -> String {
        let s = string(t)
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s }
        return normalizeIdentifier(s)
    }

    func name() throws -> String {
        guard kind == .name else { throw invalidSyntax() }
        advance()
        return identifier(previous)
    }

    // MARK: - Positions

    /// From the start of token `start` to the end of the last consumed token.
    @inline(__always) func span(from start: Token) -> Position {
        let last = tokens[pos - 1]
        return Position(line: start.line, col: start.col, endLine: last.endLine, endCol: last.endCol)
    }

    @inline(__always) func span(from start: Position) -> Position {
        let last = tokens[pos - 1]
        return Position(line: start.line, col: start.col, endLine: last.endLine, endCol: last.endCol)
    }

    @inline(__always) func span(_ a: Position, _ b: Position) -> Position {
        Position(line: a.line, col: a.col, endLine: b.endLine, endCol: b.endCol)
    }

    // MARK: - Errors

    func error(_ message: String, at t: Token) -> SyntaxError {
        SyntaxError(.syntaxError, message, line: Int(t.line), column: Int(t.col),
                    endLine: Int(t.endLine), endColumn: Int(t.endCol))
    }

    func error(_ message: String, at p: Position) -> SyntaxError {
        SyntaxError(.syntaxError, message, line: Int(p.line), column: Int(p.col),
                    endLine: Int(p.endLine), endColumn: Int(p.endCol))
    }

    /// The generic error. A tokenizer error later in the file takes precedence,
    /// as CPython tokenizes the rest of the file before settling on this.
    func invalidSyntax() -> SyntaxError {
        if let tokenizerError { return tokenizerError }
        let t = token
        if t.kind == .indent {
            return SyntaxError(.indentationError, "unexpected indent", line: Int(t.line), column: -1)
        }
        if t.kind == .dedent {
            return SyntaxError(.indentationError, "unexpected unindent", line: Int(t.line), column: Int(t.col))
        }
        return error("invalid syntax", at: t)
    }

    func expected(_ what: String) -> SyntaxError {
        if let tokenizerError, token.kind == .errorToken { return tokenizerError }
        // CPython points just past the previous token for "expected ':'".
        let p = previous
        return SyntaxError(.syntaxError, "expected \(what)", line: Int(p.endLine), column: Int(p.endCol),
                           endLine: Int(p.endLine), endColumn: Int(p.endCol) + 1)
    }

    func enter() throws {
        depth += 1
        if depth > Parser.maximumDepth {
            throw SyntaxError(.memoryError, "", line: Int(token.line), column: Int(token.col))
        }
    }

    @inline(__always) func leave() { depth -= 1 }
}

#if canImport(Glibc)
import Glibc
#endif
import Foundation

func normalizeIdentifier(_ s: String) -> String {
    s.precomposedStringWithCompatibilityMapping
}
