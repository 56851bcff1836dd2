/// Expressions, from star_expressions down to atoms, following the
/// precedence levels of CPython's grammar one function per level.
extension Parser {
    /// star_expressions: a bare tuple when a comma follows the first item.
    func starExpressions() throws -> Expr {
        let startToken = token
        let first = try starExpression()
        guard kind == .comma else { return first }
        var elts = [first]
        while accept(.comma) {
            if !startsExpression(kind) { break }
            elts.append(try starExpression())
        }
        return Expr(.tuple(elts, .load), span(from: startToken))
    }

    var previousPosition: Position {
        let p = previous
        return Position(line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol)
    }

    func starExpression() throws -> Expr {
        if kind == .star {
            let start = token
            advance()
            let value = try bitwiseOr()
            return Expr(.starred(value, .load), span(from: start))
        }
        return try expression()
    }

    /// star_named_expression, as in list and set displays.
    func starNamedExpression() throws -> Expr {
        if kind == .star {
            let start = token
            advance()
            let value = try bitwiseOr()
            return Expr(.starred(value, .load), span(from: start))
        }
        return try namedExpression()
    }

    func startsExpression(_ k: TokenKind) -> Bool {
        switch k {
        case .name, .number, .string, .lpar, .lsqb, .lbrace, .minus, .plus, .tilde, .star, .ellipsis,
             .kwNot, .kwLambda, .kwAwait, .kwNone, .kwTrue, .kwFalse, .doubleStar, .kwYield:
            return true
        default:
            return false
        }
    }

    /// named_expression: `NAME := expression` or an expression.
    func namedExpression() throws -> Expr {
        if kind == .name && kind(at: 1) == .colonEqual {
            let start = token
            let target = Expr(.name(identifier(start), .store), Position(line: start.line, col: start.col, endLine: start.endLine, endCol: start.endCol))
            advance()
            advance()
            let value = try expression()
            return Expr(.namedExpr(target: target, value: value), span(from: start))
        }
        let startToken = token
        let e = try expression()
        if kind == .colonEqual {
            throw error("cannot use assignment expressions with \(describe(e))", at: e.position)
        }
        if kind == .equal && !inCallArguments {
            try mistakenAssignment(e, start: startToken)
        }
        return e
    }

    /// `if x = 1:` and friends: CPython suggests '==' (or ':=' for a name).
    private func mistakenAssignment(_ e: Expr, start: Token) throws {
        let saved = pos
        advance()
        guard (try? bitwiseOr()) != nil, kind != .equal, kind != .colonEqual else {
            pos = saved
            return
        }
        let end = previousPosition
        pos = saved
        switch e.kind {
        case .name:
            throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                        at: Position(line: start.line, col: start.col, endLine: end.endLine, endCol: end.endCol))
        case .list, .tuple, .generatorExp, .constant(.none, _), .constant(.bool, _):
            return
        default:
            throw error("cannot assign to \(describe(e)) here. Maybe you meant '==' instead of '='?", at: e.position)
        }
    }

    /// Inside brackets, two expressions in a row most likely lack a comma.
    func forgottenComma(after a: Expr, start: Token) -> SyntaxError? {
        guard startsExpression(kind), kind != .kwYield, kind != .doubleStar, kind != .star else { return nil }
        if case .name = a.kind, kind == .string, pos == indexAfter(start) { return nil }
        if start.kind == .name && (isName(start, "match") || isName(start, "case") || isName(start, "_")),
           pos == indexAfter(start) { return nil }
        let saved = pos
        defer { pos = saved }
        guard (try? expression()) != nil else { return nil }
        let end = previousPosition
        return error("invalid syntax. Perhaps you forgot a comma?",
                     at: Position(line: a.position.line, col: a.position.col, endLine: end.endLine, endCol: end.endCol))
    }

    private func indexAfter(_ t: Token) -> Int {
        var i = pos
        while i > 0 && tokens[i - 1].start > t.start { i -= 1 }
        return i
    }

    /// Raises the generic error, or the forgotten-comma one when it fits.
    func failAfterElement(_ a: Expr, start: Token) -> SyntaxError {
        forgottenComma(after: a, start: start) ?? invalidSyntax()
    }

    func expression() throws -> Expr {
        let startToken = token
        try enter()
        defer { leave() }
        if kind == .kwLambda { return try lambda() }
        let body = try disjunction()
        if kind == .kwIf {
            advance()
            let test = try disjunction()
            guard accept(.kwElse) else {
                throw error("expected 'else' after 'if' expression", at: span(from: startToken))
            }
            let orelse = try expression()
            return Expr(.ifExp(test: test, body: body, orelse: orelse), span(from: startToken))
        }
        return body
    }

    func lambda() throws -> Expr {
        let start = token
        advance()
        let args = try parameters(closing: .colon, allowAnnotations: false)
        try expect(.colon)
        let body = try expression()
        return Expr(.lambda(args, body), span(from: start))
    }

    func yieldExpression() throws -> Expr {
        let start = token
        advance()
        if accept(.kwFrom) {
            let value = try expression()
            return Expr(.yieldFrom(value), span(from: start))
        }
        if endsSimpleStatement || kind == .rpar || kind == .equal || kind == .rsqb || kind == .rbrace {
            return Expr(.yield(nil), span(from: start))
        }
        let value = try starExpressions()
        return Expr(.yield(value), span(from: start))
    }

    // MARK: - Boolean and comparison levels

    func disjunction() throws -> Expr {
        let startToken = token
        let first = try conjunction()
        guard kind == .kwOr else { return first }
        var values = [first]
        while accept(.kwOr) { values.append(try conjunction()) }
        return Expr(.boolOp(.or, values), span(from: startToken))
    }

    func conjunction() throws -> Expr {
        let startToken = token
        let first = try inversion()
        guard kind == .kwAnd else { return first }
        var values = [first]
        while accept(.kwAnd) { values.append(try inversion()) }
        return Expr(.boolOp(.and, values), span(from: startToken))
    }

    func inversion() throws -> Expr {
        if kind == .kwNot {
            let start = token
            advance()
            try enter()
            defer { leave() }
            let operand = try inversion()
            return Expr(.unaryOp(.not, operand), span(from: start))
        }
        return try comparison()
    }

    func comparison() throws -> Expr {
        let startToken = token
        let left = try bitwiseOr()
        var ops: [CompareOperator] = []
        var comparators: [Expr] = []
        while true {
            let op: CompareOperator
            switch kind {
            case .eqEqual: op = .eq
            case .notEqual: op = .notEq
            case .less: op = .lt
            case .lessEqual: op = .ltE
            case .greater: op = .gt
            case .greaterEqual: op = .gtE
            case .kwIn: op = .in
            case .kwNot where kind(at: 1) == .kwIn:
                advance()
                op = .notIn
            case .kwIs:
                if kind(at: 1) == .kwNot {
                    advance()
                    op = .isNot
                } else {
                    op = .is
                }
            default:
                if ops.isEmpty { return left }
                return Expr(.compare(left, ops, comparators), span(from: startToken))
            }
            advance()
            ops.append(op)
            comparators.append(try bitwiseOr())
        }
    }

    // MARK: - Binary operator levels

    func bitwiseOr() throws -> Expr {
        let startToken = token
        var left = try bitwiseXor()
        while kind == .vbar {
            advance()
            let right = try bitwiseXor()
            left = Expr(.binOp(left, .bitOr, right), span(from: startToken))
        }
        return left
    }

    func bitwiseXor() throws -> Expr {
        let startToken = token
        var left = try bitwiseAnd()
        while kind == .circumflex {
            advance()
            let right = try bitwiseAnd()
            left = Expr(.binOp(left, .bitXor, right), span(from: startToken))
        }
        return left
    }

    func bitwiseAnd() throws -> Expr {
        let startToken = token
        var left = try shiftExpression()
        while kind == .amper {
            advance()
            let right = try shiftExpression()
            left = Expr(.binOp(left, .bitAnd, right), span(from: startToken))
        }
        return left
    }

    func shiftExpression() throws -> Expr {
        let startToken = token
        var left = try sum()
        while true {
            let op: BinaryOperator
            switch kind {
            case .leftShift: op = .lShift
            case .rightShift: op = .rShift
            default: return left
            }
            advance()
            let right = try sum()
            left = Expr(.binOp(left, op, right), span(from: startToken))
        }
    }

    func sum() throws -> Expr {
        let startToken = token
        var left = try term()
        while true {
            let op: BinaryOperator
            switch kind {
            case .plus: op = .add
            case .minus: op = .sub
            default: return left
            }
            advance()
            let right = try term()
            left = Expr(.binOp(left, op, right), span(from: startToken))
        }
    }

    func term() throws -> Expr {
        let startToken = token
        var left = try factor()
        while true {
            let op: BinaryOperator
            switch kind {
            case .star: op = .mult
            case .slash: op = .div
            case .doubleSlash: op = .floorDiv
            case .percent: op = .mod
            case .at: op = .matMult
            default: return left
            }
            advance()
            let right = try factor()
            left = Expr(.binOp(left, op, right), span(from: startToken))
        }
    }

    func factor() throws -> Expr {
        let op: UnaryOperator
        switch kind {
        case .plus: op = .uAdd
        case .minus: op = .uSub
        case .tilde: op = .invert
        default: return try power()
        }
        let start = token
        advance()
        try enter()
        defer { leave() }
        let operand = try factor()
        return Expr(.unaryOp(op, operand), span(from: start))
    }

    func power() throws -> Expr {
        let startToken = token
        let base = try awaitPrimary()
        if kind == .doubleStar {
            advance()
            try enter()
            defer { leave() }
            let exponent = try factor()
            return Expr(.binOp(base, .pow, exponent), span(from: startToken))
        }
        return base
    }

    func awaitPrimary() throws -> Expr {
        if kind == .kwAwait {
            let start = token
            advance()
            let value = try primary()
            return Expr(.await(value), span(from: start))
        }
        return try primary()
    }

    // MARK: - Primaries

    func primary() throws -> Expr {
        let startToken = token
        var e = try atom()
        while true {
            switch kind {
            case .dot:
                advance()
                let attr = try name()
                e = Expr(.attribute(e, attr, .load), span(from: startToken))
            case .lpar:
                advance()
                let (args, keywords) = try callArguments()
                if kind != .rpar, let last = args.last ?? keywords.last?.value {
                    throw failAfterElement(last, start: lastArgumentStart)
                }
                try expectClosing(.rpar)
                e = Expr(.call(e, args: args, keywords: keywords), span(from: startToken))
            case .lsqb:
                advance()
                let index = try slices()
                try expectClosing(.rsqb)
                e = Expr(.subscript(e, index, .load), span(from: startToken))
            default:
                return e
            }
        }
    }

    func expectClosing(_ k: TokenKind, after last: Expr? = nil, start: Token? = nil) throws {
        if kind == k { advance(); return }
        if let last, let start { throw failAfterElement(last, start: start) }
        throw invalidSyntax()
    }

    /// slices: one slice, or a tuple of slices and starred expressions.
    func slices() throws -> Expr {
        let start = token
        let first = try sliceItem()
        guard kind == .comma else {
            // `a[*b]` subscripts with a one-element tuple.
            if case .starred = first.kind {
                return Expr(.tuple([first], .load), span(from: start))
            }
            return first
        }
        var elts = [first]
        while accept(.comma) {
            if kind == .rsqb { break }
            elts.append(try sliceItem())
        }
        return Expr(.tuple(elts, .load), span(from: start))
    }

    private func sliceItem() throws -> Expr {
        let start = token
        if kind == .star { return try starExpression() }
        var lower: Expr? = nil
        if kind != .colon {
            lower = try namedExpression()
            if kind != .colon { return lower! }
        }
        advance()  // ':'
        var upper: Expr? = nil
        var step: Expr? = nil
        if kind != .colon && kind != .comma && kind != .rsqb { upper = try expression() }
        if accept(.colon) {
            if kind != .comma && kind != .rsqb { step = try expression() }
        }
        return Expr(.slice(lower: lower, upper: upper, step: step), span(from: start))
    }

    /// Call arguments up to (not including) the closing parenthesis. A lone
    /// generator expression argument needs no parentheses of its own.
    func callArguments() throws -> ([Expr], [Keyword]) {
        var args: [Expr] = []
        var keywords: [Keyword] = []
        var sawKeyword = false
        var sawDoubleStar = false
        while kind != .rpar {
            let start = token
            lastArgumentStart = start
            if kind == .star {
                advance()
                let value = try expression()
                if sawDoubleStar {
                    throw error("iterable argument unpacking follows keyword argument unpacking", at: start.asCaret)
                }
                args.append(Expr(.starred(value, .load), span(from: start)))
            } else if kind == .doubleStar {
                advance()
                let value = try expression()
                keywords.append(Keyword(arg: nil, value: value, position: span(from: start)))
                sawDoubleStar = true
            } else if kind == .name && kind(at: 1) == .equal {
                let arg = identifier(token)
                advance()
                advance()
                let value = try expression()
                keywords.append(Keyword(arg: arg, value: value, position: span(from: start)))
                sawKeyword = true
            } else {
                let savedInCall = inCallArguments
                inCallArguments = true
                var value = try namedExpression()
                inCallArguments = savedInCall
                if kind == .kwFor || (kind == .kwAsync && kind(at: 1) == .kwFor) {
                    let generators = try comprehensionClauses()
                    value = Expr(.generatorExp(value, generators), span(from: value.position))
                    if !(args.isEmpty && keywords.isEmpty && kind == .rpar) {
                        throw error("Generator expression must be parenthesized", at: value.position)
                    }
                    value.position = generatorArgumentPosition(value.position)
                } else if kind == .equal {
                    throw error("expression cannot contain assignment, perhaps you meant \"==\"?",
                                at: span(value.position, token.asPosition))
                }
                if sawDoubleStar {
                    throw error("positional argument follows keyword argument unpacking", at: token.asCaret)
                }
                if sawKeyword {
                    throw error("positional argument follows keyword argument", at: token.asCaret)
                }
                args.append(value)
            }
            if !accept(.comma) { break }
        }
        return (args, keywords)
    }

    /// `f(x for x in y)`: the generator expression's position runs from the
    /// call's '(' to its ')', as CPython reports it.
    private func generatorArgumentPosition(_ inner: Position) -> Position {
        var i = pos - 1
        var depth = 0
        // Walk back to the '(' that opened this call.
        while i > 0 {
            let t = tokens[i]
            if t.kind == .rpar || t.kind == .rsqb || t.kind == .rbrace { depth += 1 }
            if t.kind == .lpar || t.kind == .lsqb || t.kind == .lbrace {
                if depth == 0 { break }
                depth -= 1
            }
            i -= 1
        }
        let open = tokens[i]
        let close = tokens[pos]
        return Position(line: open.line, col: open.col, endLine: close.endLine, endCol: close.endCol)
    }

    func comprehensionClauses() throws -> [Comprehension] {
        var result: [Comprehension] = []
        while kind == .kwFor || (kind == .kwAsync && kind(at: 1) == .kwFor) {
            let isAsync = accept(.kwAsync)
            advance()  // 'for'
            let target = try forTarget()
            let iter = try disjunction()
            var ifs: [Expr] = []
            while accept(.kwIf) { ifs.append(try disjunction()) }
            result.append(Comprehension(target: target, iter: iter, ifs: ifs, isAsync: isAsync))
        }
        return result
    }

    // MARK: - Atoms

    func atom() throws -> Expr {
        let t = token
        switch t.kind {
        case .name:
            advance()
            return Expr(.name(identifier(t), .load), t.asPosition)
        case .number:
            advance()
            return Expr(.constant(try numberValue(t), kind: nil), t.asPosition)
        case .string:
            return try strings()
        case .kwNone:
            advance()
            return Expr(.constant(.none, kind: nil), t.asPosition)
        case .kwTrue:
            advance()
            return Expr(.constant(.bool(true), kind: nil), t.asPosition)
        case .kwFalse:
            advance()
            return Expr(.constant(.bool(false), kind: nil), t.asPosition)
        case .ellipsis:
            advance()
            return Expr(.constant(.ellipsis, kind: nil), t.asPosition)
        case .lpar:
            return try parenthesized()
        case .lsqb:
            return try listDisplay()
        case .lbrace:
            return try braceDisplay()
        case .errorToken:
            throw tokenizerError!
        default:
            throw invalidSyntax()
        }
    }

    /// ( ... ): a group, a tuple, a generator expression, or a yield.
    private func parenthesized() throws -> Expr {
        let start = token
        advance()
        try enter()
        defer { leave() }
        if accept(.rpar) {
            return Expr(.tuple([], .load), span(from: start))
        }
        if kind == .kwYield {
            let value = try yieldExpression()
            try expectClosing(.rpar)
            return value
        }
        let firstStart = token
        let first = try starNamedExpression()
        if kind == .kwFor || (kind == .kwAsync && kind(at: 1) == .kwFor) {
            let generators = try comprehensionClauses()
            try expectClosing(.rpar)
            return Expr(.generatorExp(first, generators), span(from: start))
        }
        if accept(.rpar) {
            if case .starred = first.kind {
                throw error("cannot use starred expression here", at: first.position)
            }
            return first
        }
        guard kind == .comma else { throw failAfterElement(first, start: firstStart) }
        let elts = try remainingElements(first, firstStart: firstStart, closing: .rpar)
        return Expr(.tuple(elts, .load), span(from: start))
    }

    private func listDisplay() throws -> Expr {
        let start = token
        advance()
        try enter()
        defer { leave() }
        if accept(.rsqb) { return Expr(.list([], .load), span(from: start)) }
        let firstStart = token
        let first = try starNamedExpression()
        if kind == .kwFor || (kind == .kwAsync && kind(at: 1) == .kwFor) {
            let generators = try comprehensionClauses()
            try expectClosing(.rsqb)
            return Expr(.listComp(first, generators), span(from: start))
        }
        let elts = try remainingElements(first, firstStart: firstStart, closing: .rsqb)
        return Expr(.list(elts, .load), span(from: start))
    }

    /// { ... }: dict, set, or their comprehensions.
    private func braceDisplay() throws -> Expr {
        let start = token
        advance()
        try enter()
        defer { leave() }
        if accept(.rbrace) { return Expr(.dict(keys: [], values: []), span(from: start)) }
        if kind == .doubleStar {
            return try dictDisplay(start: start, firstKey: nil, firstValue: try doubleStarred())
        }
        let firstStart = token
        let first = try starNamedExpression()
        if case .starred = first.kind, kind == .colon { throw invalidSyntax() }
        if accept(.colon) {
            let value = try expression()
            if kind == .kwFor || (kind == .kwAsync && kind(at: 1) == .kwFor) {
                let generators = try comprehensionClauses()
                try expectClosing(.rbrace)
                return Expr(.dictComp(key: first, value: value, generators), span(from: start))
            }
            return try dictDisplay(start: start, firstKey: first, firstValue: value)
        }
        if kind == .kwFor || (kind == .kwAsync && kind(at: 1) == .kwFor) {
            let generators = try comprehensionClauses()
            try expectClosing(.rbrace)
            return Expr(.setComp(first, generators), span(from: start))
        }
        let elts = try remainingElements(first, firstStart: firstStart, closing: .rbrace)
        return Expr(.set(elts), span(from: start))
    }

    /// The rest of a comma-separated display after its first element, through
    /// the closing bracket.
    private func remainingElements(_ first: Expr, firstStart: Token, closing: TokenKind) throws -> [Expr] {
        var elts = [first]
        var lastStart = firstStart
        while accept(.comma) {
            if kind == closing { break }
            lastStart = token
            elts.append(try starNamedExpression())
        }
        try expectClosing(closing, after: elts[elts.count - 1], start: lastStart)
        return elts
    }

    private func doubleStarred() throws -> Expr {
        advance()
        return try bitwiseOr()
    }

    private func dictDisplay(start: Token, firstKey: Expr?, firstValue: Expr) throws -> Expr {
        var keys: [Expr?] = [firstKey]
        var values = [firstValue]
        while accept(.comma) {
            if kind == .rbrace { break }
            if kind == .doubleStar {
                keys.append(nil)
                values.append(try doubleStarred())
            } else {
                let key = try expression()
                keys.append(key)
                guard accept(.colon) else {
                    if kind == .comma || kind == .rbrace {
                        throw error("':' expected after dictionary key", at: key.position)
                    }
                    throw invalidSyntax()
                }
                values.append(try expression())
            }
        }
        try expectClosing(.rbrace)
        return Expr(.dict(keys: keys, values: values), span(from: start))
    }
}

extension Token {
    var asPosition: Position { Position(line: line, col: col, endLine: endLine, endCol: endCol) }
    /// A one-character position at the token's start, for single-caret errors.
    var asCaret: Position { Position(line: line, col: col, endLine: line, endCol: col + 1) }
}
