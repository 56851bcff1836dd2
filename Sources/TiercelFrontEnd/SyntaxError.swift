/// The kinds of compile-time error CPython reports, each printed under its own name.
public enum SyntaxErrorKind: String, Sendable {
    case syntaxError = "SyntaxError"
    case indentationError = "IndentationError"
    case tabError = "TabError"
    /// Input nested too deeply for the parser ("MemoryError" alone, as CPython prints it).
    case memoryError = "MemoryError"
    /// A tree nested too deeply for later stages.
    case recursionError = "RecursionError"
}

/// A syntax error located in a source file. Lines are 1-based; columns are
/// 0-based UTF-8 byte offsets into the line, as the AST's col_offset is; the
/// printed report converts them to characters as CPython does.
public struct SyntaxError: Error, Sendable {
    public var kind: SyntaxErrorKind
    public var message: String
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int
    /// How CPython presents the error: most show the file, the source line and
    /// carets; decoding errors show only the message.
    public enum Presentation: Sendable { case full, messageOnly }
    public var presentation: Presentation = .full
    /// The tokenizer measures columns in characters; the parser in bytes unless
    /// the file declares its encoding (a CPython 3.11 quirk the carets show).
    public var fromTokenizer = false
    /// Errors inside an f-string field show the field's own text, "(expr)".
    public var lineTextOverride: String? = nil
    /// A negative column prints the source line without carets.
    public var hasCaret: Bool { column >= 0 }

    public init(_ kind: SyntaxErrorKind = .syntaxError, _ message: String,
                line: Int, column: Int, endLine: Int? = nil, endColumn: Int? = nil) {
        self.kind = kind
        self.message = message
        self.line = line
        self.column = column
        self.endLine = endLine ?? line
        self.endColumn = endColumn ?? (column + 1)
    }
}
