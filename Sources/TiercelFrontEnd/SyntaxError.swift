/// The kinds of compile-time error CPython reports, each printed under its own name.
public enum SyntaxErrorKind: String, Sendable {
    case syntaxError = "SyntaxError"
    case indentationError = "IndentationError"
    case tabError = "TabError"
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
    /// The `(unicode error)`-style errors and a few others print no source line.
    public var showsSourceLine: Bool = true

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
