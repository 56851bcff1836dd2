/// f-strings as Python 3.11 parses them: the tokenizer hands over the whole
/// literal, and replacement fields are found here and parsed as expressions by
/// a nested parser whose positions are shifted into the file.
extension Parser {
    func fstring(_ piece: StringPiece, into parts: inout JoinedParts, level: Int) throws {
        var i = piece.literal.contentStart
        try fstringBody(piece, &i, end: piece.literal.contentEnd, into: &parts, level: level)
    }

    /// CPython reports f-string errors at the token after the literal(s).
    func fstringError(_ message: String, _ piece: StringPiece) -> SyntaxError {
        stringError("f-string: \(message)")
    }

    /// Parses literal text and fields from `i` up to `end`, or (inside a format
    /// spec, level > 0) up to the '}' closing the enclosing field.
    private func fstringBody(_ piece: StringPiece, _ i: inout Int, end: Int, into parts: inout JoinedParts,
                             level: Int) throws {
        let raw = piece.literal.isRaw
        while i < end {
            // Literal run.
            let runStart = i
            var literalEnd = i
            var doubled = false
            while i < end {
                let c = text[i]
                if c == UInt8(ascii: "\\") && !raw {
                    // Keep \N{...} whole: its braces are not fields.
                    if text[i + 1] == UInt8(ascii: "N") && text[i + 2] == UInt8(ascii: "{") {
                        i += 3
                        while i < end && text[i] != UInt8(ascii: "}") { i += 1 }
                        i += 1
                        continue
                    }
                    i += 2
                    continue
                }
                if c == UInt8(ascii: "{") || c == UInt8(ascii: "}") {
                    if level == 0 && i + 1 < end && text[i + 1] == c {
                        // '{{' or '}}': a literal brace; the run ends after one of them.
                        literalEnd = i + 1
                        doubled = true
                        break
                    }
                    if c == UInt8(ascii: "}") && level == 0 {
                        throw fstringError("single '}' is not allowed", piece)
                    }
                    break
                }
                i += 1
            }
            if !doubled { literalEnd = i }
            if runStart < literalEnd {
                var builder = TextBuilder()
                if raw {
                    builder.appendUTF8(UnsafeBufferPointer(rebasing: text[runStart..<literalEnd]))
                } else {
                    try decodeEscapes(runStart, literalEnd, piece, into: &builder)
                }
                parts.appendLiteral(builder)
            }
            if doubled {
                i = literalEnd + 1
                continue
            }
            if i >= end { break }
            if text[i] == UInt8(ascii: "}") {
                return  // end of a format spec; the caller consumes it
            }
            try field(piece, &i, end: end, into: &parts, level: level)
        }
    }

    /// One replacement field starting at '{'.
    private func field(_ piece: StringPiece, _ i: inout Int, end: Int, into parts: inout JoinedParts,
                       level: Int) throws {
        if level >= 2 { throw fstringError("expressions nested too deeply", piece) }
        let open = i
        i += 1
        let exprStart = i
        var nesting: [UInt8] = []
        var quote: UInt8 = 0
        var quoteLength = 0
        var debugEnd = -1
        while i < end {
            let c = text[i]
            if c == UInt8(ascii: "\\") {
                throw fstringError("expression part cannot include a backslash", piece)
            }
            if quote != 0 {
                if c == quote {
                    if quoteLength == 3 {
                        if i + 2 < end && text[i + 1] == c && text[i + 2] == c { i += 3; quote = 0; continue }
                    } else {
                        quote = 0
                    }
                }
                i += 1
                continue
            }
            if c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") {
                if i + 2 < end && text[i + 1] == c && text[i + 2] == c {
                    quote = c
                    quoteLength = 3
                    i += 3
                } else {
                    quote = c
                    quoteLength = 1
                    i += 1
                }
                continue
            }
            if c == UInt8(ascii: "[") || c == UInt8(ascii: "(") || c == UInt8(ascii: "{") {
                if nesting.count >= maximumParenthesisLevel { throw fstringError("too many nested parenthesis", piece) }
                nesting.append(c)
                i += 1
                continue
            }
            if c == UInt8(ascii: "#") {
                throw fstringError("expression part cannot include '#'", piece)
            }
            if nesting.isEmpty {
                if c == UInt8(ascii: "}") || c == UInt8(ascii: ":") { break }
                if c == UInt8(ascii: "!") && text[i + 1] != UInt8(ascii: "=") { break }
                if c == UInt8(ascii: "=") && text[i + 1] != UInt8(ascii: "=") {
                    let p = text[i - 1]
                    if i > exprStart && p != UInt8(ascii: "=") && p != UInt8(ascii: "!") && p != UInt8(ascii: "<")
                        && p != UInt8(ascii: ">") {
                        debugEnd = i
                        break
                    }
                }
                if c == UInt8(ascii: "=") || c == UInt8(ascii: "!") || c == UInt8(ascii: "<") || c == UInt8(ascii: ">") {
                    if text[i + 1] == UInt8(ascii: "=") { i += 2; continue }
                }
            }
            if c == UInt8(ascii: "]") || c == UInt8(ascii: ")") || c == UInt8(ascii: "}") {
                guard let last = nesting.popLast() else {
                    throw fstringError("unmatched '\(Character(Unicode.Scalar(c)))'", piece)
                }
                let expected: UInt8 = last == UInt8(ascii: "(") ? UInt8(ascii: ")")
                    : last == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
                if c != expected {
                    throw fstringError("closing parenthesis '\(Character(Unicode.Scalar(c)))' does not match opening parenthesis '\(Character(Unicode.Scalar(last)))'", piece)
                }
            }
            i += 1
        }
        if quote != 0 { throw fstringError("unterminated string", piece) }
        if !nesting.isEmpty {
            if i >= end { throw fstringError("expecting '}'", piece) }
            throw fstringError("unmatched '\(Character(Unicode.Scalar(nesting.last!)))'", piece)
        }
        if i >= end { throw fstringError("expecting '}'", piece) }
        let exprEnd = debugEnd >= 0 ? debugEnd : i
        let exprBytes = UnsafeBufferPointer(rebasing: text[exprStart..<exprEnd])
        if exprBytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0C || $0 == 0x0D }) {
            throw fstringError("empty expression not allowed", piece)
        }
        let expr = try fieldExpression(piece, open: open, exprStart: exprStart, exprEnd: exprEnd)

        var conversion = -1
        if debugEnd >= 0 {
            i = debugEnd + 1
            while i < end && (text[i] == 0x20 || text[i] == 0x09 || text[i] == 0x0A || text[i] == 0x0C) { i += 1 }
            // The field's own text, through '=' and the blanks after it, is output literally.
            var builder = TextBuilder()
            builder.appendUTF8(UnsafeBufferPointer(rebasing: text[exprStart..<i]))
            parts.appendLiteral(builder)
        }
        if i < end && text[i] == UInt8(ascii: "!") {
            i += 1
            guard i < end else { throw fstringError("expecting '}'", piece) }
            let c = text[i]
            guard c == UInt8(ascii: "s") || c == UInt8(ascii: "r") || c == UInt8(ascii: "a") else {
                throw fstringError("invalid conversion character: expected 's', 'r', or 'a'", piece)
            }
            conversion = Int(c)
            i += 1
        }
        var spec: Expr? = nil
        if i < end && text[i] == UInt8(ascii: ":") {
            i += 1
            var specParts = JoinedParts(position: parts.position)
            try fstringBody(piece, &i, end: end, into: &specParts, level: level + 1)
            specParts.flushLiteral(at: piece.token.asPosition)
            spec = Expr(.joinedStr(specParts.values), piece.token.asPosition)
        }
        guard i < end, text[i] == UInt8(ascii: "}") else {
            throw fstringError("expecting '}'", piece)
        }
        i += 1
        if debugEnd >= 0 && conversion == -1 && spec == nil { conversion = Int(UInt8(ascii: "r")) }
        parts.appendField(Expr(.formattedValue(expr, conversion: conversion, formatSpec: spec), parts.position))
    }

    /// Parses a field's expression as `(text)` and moves its positions to where
    /// CPython 3.11 places them.
    private func fieldExpression(_ piece: StringPiece, open: Int, exprStart: Int, exprEnd: Int) throws -> Expr {
        var raw: [UInt8] = [UInt8(ascii: "(")]
        raw.append(contentsOf: UnsafeBufferPointer(rebasing: text[exprStart..<exprEnd]))
        raw.append(UInt8(ascii: ")"))
        let t = piece.token
        // Lines of the token before '{', and the column of '{' on its line.
        var lines: Int32 = 0
        var lastNewline = -1
        for k in Int(t.start)..<open where text[k] == 0x0A {
            lines += 1
            lastNewline = k
        }
        var newlineAfterBrace = true
        var k = open + 1
        while k < exprEnd && text[k] != UInt8(ascii: "}") && text[k] != 0x0A {
            if text[k] != 0x20 && text[k] != 0x09 && text[k] != 0x0C { newlineAfterBrace = false; break }
            k += 1
        }
        var cols: Int32 = 0
        if !newlineAfterBrace {
            cols = Int32(lastNewline >= 0 ? open - lastNewline - 1 : open - Int(t.start))
        }
        let startLine = t.line + lines
        let startCol = lines != 0 ? cols : t.col + cols

        let sub = try Source(fileName: source.fileName, raw: raw)
        var stream = Tokenizer.tokenize(sub)
        for index in stream.tokens.indices {
            var tok = stream.tokens[index]
            if tok.line == 1 { tok.col += startCol }
            if tok.endLine == 1 { tok.endCol += startCol }
            tok.line += startLine - 1
            tok.endLine += startLine - 1
            stream.tokens[index] = tok
        }
        if var e = stream.error {
            if e.line == 1 { e.column += Int(startCol) }
            e.line += Int(startLine) - 1
            e.endLine = e.line
            stream.error = e
        }
        do {
            return try parseField(sub, stream, piece)
        } catch var e as SyntaxError where !e.fromTokenizer && e.kind == .syntaxError && e.presentation == .full
                                            && !e.message.hasPrefix("f-string") {
            // Errors inside a field show the field's text as "(expr)" and columns within it.
            e.message = "f-string: " + e.message
            if e.line == Int(startLine) { e.column -= Int(startCol) }
            if e.endLine == Int(startLine) { e.endColumn -= Int(startCol) }
            e.lineTextOverride = sub.lineText(e.line - Int(startLine) + 1)
            throw e
        }
    }

    private func parseField(_ sub: Source, _ stream: TokenStream, _ piece: StringPiece) throws -> Expr {
        return try sub.bytes.withUnsafeBufferPointer { subText in
            let parser = Parser(source: sub, stream: stream, text: subText)
            parser.depth = depth
            if parser.kind == .lpar && parser.kind(at: 1) == .rpar {
                throw fstringError("empty expression not allowed", piece)
            }
            // The added parentheses are real syntax: `{a,}` is a parenthesized tuple.
            let e = try parser.starExpressions()
            guard parser.kind == .newline || parser.kind == .endMarker else {
                throw parser.invalidSyntax()
            }
            return e
        }
    }
}
