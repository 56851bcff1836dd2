/// The match statement and its patterns. `match` and `case` are soft
/// keywords: a `match` line that does not parse as a match header is an
/// ordinary statement.
extension Parser {
    /// Returns nil (with `pos` unchanged) when this `match` is a plain name.
    func matchStatement() throws -> Stmt? {
        let start = token
        let saved = pos
        advance()
        let subject: Expr
        do {
            subject = try matchSubject()
        } catch {
            pos = saved
            return nil
        }
        guard kind == .colon, kind(at: 1) == .newline else {
            pos = saved
            return nil
        }
        advance()
        advance()
        guard accept(.indent) else {
            let t = token
            throw SyntaxError(.indentationError, "expected an indented block after 'match' statement on line \(start.line)",
                              line: Int(t.line), column: Int(t.col))
        }
        var cases: [MatchCase] = []
        while kind == .name && isName(token, "case") {
            cases.append(try caseBlock())
        }
        if cases.isEmpty { throw invalidSyntax() }
        guard accept(.dedent) || kind == .endMarker else { throw invalidSyntax() }
        return Stmt(.match(subject: subject, cases: cases), spanToBlockEnd(start))
    }

    private func matchSubject() throws -> Expr {
        let startToken = token
        let first = try starNamedExpression()
        guard kind == .comma else {
            if case .starred = first.kind { throw invalidSyntax() }
            return first
        }
        var elts = [first]
        while accept(.comma) {
            if kind == .colon { break }
            elts.append(try starNamedExpression())
        }
        return Expr(.tuple(elts, .load), span(from: startToken))
    }

    private func caseBlock() throws -> MatchCase {
        let caseToken = token
        advance()
        let pattern = try patterns()
        var guardExpr: Expr? = nil
        if accept(.kwIf) { guardExpr = try namedExpression() }
        let body = try block(after: "'case' statement", headerLine: caseToken.line)
        return MatchCase(pattern: pattern, guardExpr: guardExpr, body: body)
    }

    /// A top-level pattern; a bare comma list is an open sequence pattern.
    private func patterns() throws -> Pattern {
        let start = token
        let first = try maybeStarPattern()
        guard kind == .comma else {
            if case .matchStar = first.kind {
                return Pattern(.matchSequence([first]), span(from: start))
            }
            return first
        }
        var items = [first]
        while accept(.comma) {
            if kind == .colon || kind == .kwIf { break }
            items.append(try maybeStarPattern())
        }
        return Pattern(.matchSequence(items), span(from: start))
    }

    private func maybeStarPattern() throws -> Pattern {
        if kind == .star {
            let start = token
            advance()
            let t = token
            guard t.kind == .name else { throw invalidSyntax() }
            advance()
            let n = identifier(t)
            return Pattern(.matchStar(n == "_" ? nil : n), span(from: start))
        }
        return try pattern()
    }

    private func pattern() throws -> Pattern {
        try enter()
        defer { leave() }
        let start = token
        let or = try orPattern()
        if accept(.kwAs) {
            let t = token
            guard t.kind == .name else { throw invalidSyntax() }
            let n = identifier(t)
            if n == "_" { throw error("cannot use '_' as a target", at: t) }
            advance()
            return Pattern(.matchAs(pattern: or, name: n), span(from: start))
        }
        return or
    }

    private func orPattern() throws -> Pattern {
        let start = token
        let first = try closedPattern()
        guard kind == .vbar else { return first }
        var alternatives = [first]
        while accept(.vbar) { alternatives.append(try closedPattern()) }
        return Pattern(.matchOr(alternatives), span(from: start))
    }

    private func closedPattern() throws -> Pattern {
        let start = token
        switch kind {
        case .number, .minus:
            let value = try signedNumberPattern()
            return Pattern(.matchValue(value), value.position)
        case .string:
            let value = try strings()
            return Pattern(.matchValue(value), value.position)
        case .kwNone:
            advance()
            return Pattern(.matchSingleton(.none), span(from: start))
        case .kwTrue:
            advance()
            return Pattern(.matchSingleton(.bool(true)), span(from: start))
        case .kwFalse:
            advance()
            return Pattern(.matchSingleton(.bool(false)), span(from: start))
        case .lpar:
            advance()
            if accept(.rpar) { return Pattern(.matchSequence([]), span(from: start)) }
            let first = try maybeStarPattern()
            if accept(.rpar) {
                if case .matchStar = first.kind {
                    return Pattern(.matchSequence([first]), span(from: start))
                }
                // A group pattern keeps its inner position.
                return first
            }
            var items = [first]
            while accept(.comma) {
                if kind == .rpar { break }
                items.append(try maybeStarPattern())
            }
            try expectClosing(.rpar)
            return Pattern(.matchSequence(items), span(from: start))
        case .lsqb:
            advance()
            var items: [Pattern] = []
            while kind != .rsqb {
                items.append(try maybeStarPattern())
                if !accept(.comma) { break }
            }
            try expectClosing(.rsqb)
            return Pattern(.matchSequence(items), span(from: start))
        case .lbrace:
            return try mappingPattern()
        case .name:
            return try nameOrClassPattern()
        default:
            throw invalidSyntax()
        }
    }

    /// signed_number, or a complex literal `real ± imag`.
    private func signedNumberPattern() throws -> Expr {
        let start = token
        var value: Expr
        if accept(.minus) {
            guard kind == .number else { throw invalidSyntax() }
            let n = token
            advance()
            let operand = Expr(.constant(try numberValue(n), kind: nil), n.asPosition)
            value = Expr(.unaryOp(.uSub, operand), span(from: start))
        } else {
            let n = token
            advance()
            value = Expr(.constant(try numberValue(n), kind: nil), n.asPosition)
        }
        if kind == .plus || kind == .minus {
            let op: BinaryOperator = kind == .plus ? .add : .sub
            advance()
            guard kind == .number else { throw invalidSyntax() }
            let n = token
            advance()
            let imag = try numberValue(n)
            guard case .imaginary = imag else { throw error("imaginary number required in complex literal", at: n) }
            let right = Expr(.constant(imag, kind: nil), n.asPosition)
            if case .constant(.imaginary, _) = value.kind {
                throw error("real number required in complex literal", at: value.position)
            }
            value = Expr(.binOp(value, op, right), span(from: start))
        }
        return value
    }

    private func nameOrClassPattern() throws -> Pattern {
        let start = token
        let first = identifier(start)
        advance()
        var cls = Expr(.name(first, .load), start.asPosition)
        var dotted = false
        while accept(.dot) {
            let attr = try name()
            cls = Expr(.attribute(cls, attr, .load), span(from: start))
            dotted = true
        }
        if kind == .lpar {
            advance()
            return try classPattern(cls, start: start)
        }
        if dotted { return Pattern(.matchValue(cls), cls.position) }
        if first == "_" { return Pattern(.matchAs(pattern: nil, name: nil), start.asPosition) }
        return Pattern(.matchAs(pattern: nil, name: first), start.asPosition)
    }

    private func classPattern(_ cls: Expr, start: Token) throws -> Pattern {
        var positional: [Pattern] = []
        var attrs: [String] = []
        var keywordPatterns: [Pattern] = []
        while kind != .rpar {
            if kind == .name && kind(at: 1) == .equal {
                let t = token
                attrs.append(identifier(t))
                advance()
                advance()
                keywordPatterns.append(try pattern())
            } else {
                let p = try pattern()
                if !attrs.isEmpty {
                    throw error("positional patterns follow keyword patterns", at: p.position)
                }
                positional.append(p)
            }
            if !accept(.comma) { break }
        }
        try expectClosing(.rpar)
        return Pattern(.matchClass(cls: cls, patterns: positional, kwdAttrs: attrs, kwdPatterns: keywordPatterns),
                       span(from: start))
    }

    private func mappingPattern() throws -> Pattern {
        let start = token
        advance()
        var keys: [Expr] = []
        var values: [Pattern] = []
        var rest: String? = nil
        while kind != .rbrace {
            if accept(.doubleStar) {
                rest = try name()
                _ = accept(.comma)
                break
            }
            let key: Expr
            switch kind {
            case .number, .minus: key = try signedNumberPattern()
            case .string: key = try strings()
            case .kwNone, .kwTrue, .kwFalse: key = try atom()
            case .name:
                let t = token
                advance()
                var e = Expr(.name(identifier(t), .load), t.asPosition)
                guard kind == .dot else { throw invalidSyntax() }
                while accept(.dot) {
                    let attr = try name()
                    e = Expr(.attribute(e, attr, .load), span(from: t))
                }
                key = e
            default:
                throw invalidSyntax()
            }
            guard accept(.colon) else { throw invalidSyntax() }
            keys.append(key)
            values.append(try pattern())
            if !accept(.comma) { break }
        }
        try expectClosing(.rbrace)
        return Pattern(.matchMapping(keys: keys, patterns: values, rest: rest), span(from: start))
    }
}
