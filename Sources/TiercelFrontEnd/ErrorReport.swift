/// Formats a SyntaxError the way CPython 3.11 prints an uncaught one:
///
///       File "x.py", line 3
///         x = (1,
///             ^
///     SyntaxError: '(' was never closed
public enum ErrorReport {
    public static func format(_ error: SyntaxError, source: Source?, fileName: String) -> String {
        var out = "  File \"\(fileName)\", line \(error.line)\n"
        if error.showsSourceLine, let source, error.line >= 1, error.line <= source.lineStarts.count {
            let line = source.lineText(error.line)
            if !line.isEmpty || error.line < source.lineStarts.count {
                out += caretLines(line: line, source: source, error: error)
            }
        }
        out += "\(error.kind.rawValue): \(error.message)\n"
        return out
    }

    /// The stripped source line and the caret line under it. Offsets are in
    /// characters; carets run from the error's start to its end on that line.
    private static func caretLines(line: String, source: Source, error: SyntaxError) -> String {
        let scalars = Array(line.unicodeScalars)
        var start = source.characterColumn(line: error.line, byteColumn: error.column)
        var end: Int
        if error.endLine == error.line {
            end = source.characterColumn(line: error.line, byteColumn: error.endColumn)
        } else {
            end = scalars.count + 1
        }
        // Leading blanks are stripped, and the offsets move with them.
        var skip = 0
        while skip < scalars.count && (scalars[skip] == " " || scalars[skip] == "\t" || scalars[skip] == "\u{0C}") {
            skip += 1
        }
        let shown = String(String.UnicodeScalarView(scalars[skip...]))
        var text = "    \(shown)\n"
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
