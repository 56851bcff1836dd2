/// Formats a SyntaxError the way CPython 3.11 prints an uncaught one:
///
///       File "x.py", line 3
///         x = (1,
///             ^
///     SyntaxError: '(' was never closed
public enum ErrorReport {
    public static func format(_ error: SyntaxError, source: Source?, fileName: String) -> String {
        if error.kind == .memoryError || error.kind == .recursionError {
            return error.message.isEmpty ? "\(error.kind.rawValue)\n" : "\(error.kind.rawValue): \(error.message)\n"
        }
        if error.presentation == .messageOnly {
            return "\(error.kind.rawValue): \(error.message)\n"
        }
        var out = "  File \"\(fileName)\", line \(error.line)\n"
        if let text = error.lineTextOverride {
            out += caretLines(line: text, error: error) { $0 }
        } else if let source, error.line >= 1, error.line <= source.lineStarts.count {
            let line = source.lineText(error.line)
            if !line.isEmpty || error.line < source.lineStarts.count {
                let inCharacters = error.fromTokenizer || source.declaresEncoding
                out += caretLines(line: line, error: error) { byteColumn in
                    inCharacters ? source.characterColumn(line: error.line, byteColumn: byteColumn) : byteColumn
                }
            }
        }
        out += "\(error.kind.rawValue): \(error.message)\n"
        return out
    }

    /// The stripped source line and the caret line under it. Carets run from
    /// the error's start to its end on that line (at least one).
    private static func caretLines(line: String, error: SyntaxError, column: (Int) -> Int) -> String {
        let scalars = Array(line.unicodeScalars)
        var skip = 0
        while skip < scalars.count && (scalars[skip] == " " || scalars[skip] == "\t" || scalars[skip] == "\u{0C}") {
            skip += 1
        }
        let shown = String(String.UnicodeScalarView(scalars[skip...]))
        var text = "    \(shown)\n"
        guard error.hasCaret else { return text }
        var start = column(error.column)
        var end = error.endLine == error.line ? column(error.endColumn) : scalars.count
        // Leading blanks are stripped, and the offsets move with them.
        start -= skip
        end -= skip
        let length = scalars.count - skip
        if start > length { start = length }
        if start < 0 { return text }
        if end > length + 1 { end = length + 1 }
        if end <= start { end = start + 1 }
        text += "    " + String(repeating: " ", count: start) + String(repeating: "^", count: end - start) + "\n"
        return text
    }
}
