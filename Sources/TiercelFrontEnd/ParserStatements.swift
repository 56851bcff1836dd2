/// Statements: simple statements, blocks and compound statements.
extension Parser {
    func file() throws -> Module {
        var body: [Stmt] = []
        while kind != .endMarker {
            if kind == .errorToken { throw tokenizerError! }
            try statement(into: &body)
        }
        return Module(body: body)
    }

    func evalInput() throws -> Module {
        if kind == .errorToken { throw tokenizerError! }
        let e = try starExpressions()
        while kind == .newline { advance() }
        if kind == .errorToken { throw tokenizerError! }
        guard kind == .endMarker else { throw invalidSyntax() }
        return Module(body: [Stmt(.expr(e), e.position)])
    }

    func statement(into body: inout [Stmt]) throws {
        switch kind {
        case .kwDef, .at, .kwClass, .kwIf, .kwWhile, .kwFor, .kwTry, .kwWith:
            body.append(try compoundStatement())
        case .kwAsync where kind(at: 1) == .kwDef || kind(at: 1) == .kwFor || kind(at: 1) == .kwWith:
            body.append(try compoundStatement())
        case .name where isName(token, "match"):
            if let stmt = try matchStatement() {
                body.append(stmt)
            } else {
                try simpleStatements(into: &body)
            }
        case .indent:
            throw invalidSyntax()
        default:
            try simpleStatements(into: &body)
        }
    }

    func simpleStatements(into body: inout [Stmt]) throws {
        while true {
            body.append(try simpleStatement())
            if accept(.semi) {
                if kind == .newline { break }
                continue
            }
            break
        }
        if kind != .newline { throw invalidSyntax() }
        advance()
    }

    func compoundStatement() throws -> Stmt {
        switch kind {
        case .kwDef, .at: return try functionOrClass()
        case .kwClass: return try functionOrClass()
        case .kwIf: return try ifStatement()
        case .kwWhile: return try whileStatement()
        case .kwFor: return try forStatement(start: token, isAsync: false)
        case .kwTry: return try tryStatement()
        case .kwWith: return try withStatement(start: token, isAsync: false)
        case .kwAsync:
            let start = token
            advance()
            switch kind {
            case .kwDef: return try functionDef(start: start, decorators: [], isAsync: true)
            case .kwFor: return try forStatement(start: start, isAsync: true)
            default: return try withStatement(start: start, isAsync: true)
            }
        default:
            throw invalidSyntax()
        }
    }

    // MARK: - Blocks

    /// `':' block` after a compound statement header; `what` names the
    /// statement for CPython's "expected an indented block after ..." message.
    func block(after what: @autoclosure () -> String, headerLine: Int32) throws -> [Stmt] {
        try expect(.colon)
        return try blockBody(after: what(), headerLine: headerLine)
    }

    func blockBody(after what: @autoclosure () -> String, headerLine: Int32) throws -> [Stmt] {
        if kind == .newline {
            advance()
            guard kind == .indent else {
                if kind == .errorToken, let tokenizerError { throw tokenizerError }
                let t = token
                let message = "expected an indented block after \(what()) on line \(headerLine)"
                if t.kind == .endMarker {
                    // At end of file CPython names the header's line, without a caret.
                    throw SyntaxError(.indentationError, message, line: Int(previous.line), column: -1)
                }
                throw SyntaxError(.indentationError, message, line: Int(t.line), column: Int(t.col))
            }
            advance()
            try enter()
            defer { leave() }
            var body: [Stmt] = []
            while kind != .dedent {
                if kind == .endMarker { break }
                try statement(into: &body)
            }
            _ = accept(.dedent)
            return body
        }
        var body: [Stmt] = []
        try simpleStatements(into: &body)
        return body
    }

    // MARK: - Simple statements

    func simpleStatement() throws -> Stmt {
        let start = token
        switch kind {
        case .kwPass:
            advance()
            return Stmt(.pass, span(from: start))
        case .kwBreak:
            advance()
            return Stmt(.break, span(from: start))
        case .kwContinue:
            advance()
            return Stmt(.continue, span(from: start))
        case .kwReturn:
            advance()
            var value: Expr? = nil
            if !endsSimpleStatement { value = try starExpressions() }
            return Stmt(.return(value), span(from: start))
        case .kwRaise:
            advance()
            var exc: Expr? = nil
            var cause: Expr? = nil
            if !endsSimpleStatement {
                exc = try expression()
                if accept(.kwFrom) { cause = try expression() }
            }
            return Stmt(.raise(exc: exc, cause: cause), span(from: start))
        case .kwGlobal, .kwNonlocal:
            advance()
            var names = [try name()]
            while accept(.comma) { names.append(try name()) }
            return Stmt(start.kind == .kwGlobal ? .global(names) : .nonlocal(names), span(from: start))
        case .kwDel:
            advance()
            let targets = try delTargets()
            return Stmt(.delete(targets), span(from: start))
        case .kwAssert:
            advance()
            let test = try expression()
            var msg: Expr? = nil
            if accept(.comma) { msg = try expression() }
            return Stmt(.assert(test: test, msg: msg), span(from: start))
        case .kwImport:
            return try importName()
        case .kwFrom:
            return try importFrom()
        default:
            return try expressionStatement()
        }
    }

    var endsSimpleStatement: Bool {
        let k = kind
        return k == .newline || k == .semi || k == .endMarker
    }

    /// Assignments, augmented and annotated assignments, and bare expressions.
    func expressionStatement() throws -> Stmt {
        let start = token
        let first = kind == .kwYield ? try yieldExpression() : try starExpressions()
        switch kind {
        case .equal:
            var targets = [first]
            var value: Expr = first
            while accept(.equal) {
                value = kind == .kwYield ? try yieldExpression() : try starExpressions()
                targets.append(value)
            }
            targets.removeLast()
            for (i, target) in targets.enumerated() {
                if i == targets.count - 1 { try checkLastAssignmentTarget(target) }
                try setContext(target, .store)
            }
            return Stmt(.assign(targets: targets, value: value), span(from: start))
        case .colon:
            advance()
            try checkAnnotationTarget(first)
            let simple: Bool
            if case .name = first.kind, first.position.col == start.col, first.position.line == start.line,
               start.kind == .name {
                simple = true
            } else {
                simple = false
            }
            try setContext(first, .store)
            let annotation = try expression()
            var value: Expr? = nil
            if accept(.equal) {
                value = kind == .kwYield ? try yieldExpression() : try starExpressions()
            }
            return Stmt(.annAssign(target: first, annotation: annotation, value: value, simple: simple),
                        span(from: start))
        default:
            if let op = augmentedOperator(kind) {
                try checkAugmentedTarget(first)
                advance()
                try setContext(first, .store)
                let value = kind == .kwYield ? try yieldExpression() : try starExpressions()
                return Stmt(.augAssign(target: first, op: op, value: value), span(from: start))
            }
            if !endsSimpleStatement {
                throw try unexpectedAfterExpression(first)
            }
            return Stmt(.expr(first), span(from: start))
        }
    }

    func augmentedOperator(_ k: TokenKind) -> BinaryOperator? {
        switch k {
        case .plusEqual: return .add
        case .minusEqual: return .sub
        case .starEqual: return .mult
        case .atEqual: return .matMult
        case .slashEqual: return .div
        case .percentEqual: return .mod
        case .amperEqual: return .bitAnd
        case .vbarEqual: return .bitOr
        case .circumflexEqual: return .bitXor
        case .leftShiftEqual: return .lShift
        case .rightShiftEqual: return .rShift
        case .doubleStarEqual: return .pow
        case .doubleSlashEqual: return .floorDiv
        default: return nil
        }
    }

    func delTargets() throws -> [Expr] {
        var targets: [Expr] = []
        repeat {
            if endsSimpleStatement { break }
            let target = try bitwiseOr()
            try setContext(target, .del)
            targets.append(target)
        } while accept(.comma)
        if targets.isEmpty { throw invalidSyntax() }
        return targets
    }

    // MARK: - Imports

    func dottedName() throws -> String {
        var result = try name()
        while accept(.dot) {
            result += "." + (try name())
        }
        return result
    }

    func importName() throws -> Stmt {
        let start = token
        advance()
        var names: [Alias] = []
        repeat {
            let aliasStart = token
            let dotted = try dottedName()
            var asName: String? = nil
            if accept(.kwAs) { asName = try name() }
            names.append(Alias(name: dotted, asName: asName, position: span(from: aliasStart)))
        } while accept(.comma)
        return Stmt(.import(names), span(from: start))
    }

    func importFrom() throws -> Stmt {
        let start = token
        advance()
        var level = 0
        while true {
            if accept(.dot) { level += 1 } else if accept(.ellipsis) { level += 3 } else { break }
        }
        var module: String? = nil
        if kind != .kwImport || level == 0 {
            module = try dottedName()
        }
        try expect(.kwImport)
        var names: [Alias] = []
        if kind == .star {
            let t = token
            advance()
            names.append(Alias(name: "*", asName: nil, position: span(from: t)))
        } else {
            let parenthesized = accept(.lpar)
            repeat {
                if parenthesized && kind == .rpar && !names.isEmpty { break }
                let aliasStart = token
                let n = try name()
                var asName: String? = nil
                if accept(.kwAs) { asName = try name() }
                names.append(Alias(name: n, asName: asName, position: span(from: aliasStart)))
            } while accept(.comma)
            if parenthesized {
                try expect(.rpar)
            } else if !names.isEmpty && previous.kind == .comma {
                throw error("trailing comma not allowed without surrounding parentheses", at: previous)
            }
        }
        return Stmt(.importFrom(module: module, names: names, level: level), span(from: start))
    }

    // MARK: - Compound statements

    func ifStatement() throws -> Stmt {
        let start = token
        advance()
        let test = try namedExpression()
        let body = try block(after: "'\(start.kind == .kwIf ? "if" : "elif")' statement", headerLine: start.line)
        var orelse: [Stmt] = []
        if kind == .kwElif {
            orelse = [try ifStatement()]
        } else if kind == .kwElse {
            let elseToken = token
            advance()
            orelse = try block(after: "'else' statement", headerLine: elseToken.line)
        }
        return Stmt(.if(test: test, body: body, orelse: orelse), spanToBlockEnd(start))
    }

    /// Compound statements end where their last body statement ends.
    func spanToBlockEnd(_ start: Token) -> Position {
        var i = pos - 1
        while i > 0 && (tokens[i].kind == .newline || tokens[i].kind == .dedent || tokens[i].kind == .indent) { i -= 1 }
        let last = tokens[i]
        return Position(line: start.line, col: start.col, endLine: last.endLine, endCol: last.endCol)
    }

    func whileStatement() throws -> Stmt {
        let start = token
        advance()
        let test = try namedExpression()
        let body = try block(after: "'while' statement", headerLine: start.line)
        var orelse: [Stmt] = []
        if kind == .kwElse {
            let elseToken = token
            advance()
            orelse = try block(after: "'else' statement", headerLine: elseToken.line)
        }
        return Stmt(.while(test: test, body: body, orelse: orelse), spanToBlockEnd(start))
    }

    func forStatement(start: Token, isAsync: Bool) throws -> Stmt {
        let forToken = token
        advance()
        let target = try forTarget()
        let iter = try starExpressions()
        let body = try block(after: "'for' statement", headerLine: forToken.line)
        var orelse: [Stmt] = []
        if kind == .kwElse {
            let elseToken = token
            advance()
            orelse = try block(after: "'else' statement", headerLine: elseToken.line)
        }
        return Stmt(.for(target: target, iter: iter, body: body, orelse: orelse, isAsync: isAsync),
                    spanToBlockEnd(start))
    }

    func withStatement(start: Token, isAsync: Bool) throws -> Stmt {
        let withToken = token
        advance()
        var items: [WithItem] = []
        // `with (a as b, c):` — a parenthesized item list, unless the
        // parentheses turn out to belong to an expression.
        if kind == .lpar {
            let saved = pos
            if let parenthesized = try? parenthesizedWithItems() {
                items = parenthesized
            } else {
                pos = saved
            }
        }
        if items.isEmpty {
            repeat {
                items.append(try withItem())
            } while accept(.comma)
        }
        let body = try block(after: "'with' statement", headerLine: withToken.line)
        return Stmt(.with(items: items, body: body, isAsync: isAsync), spanToBlockEnd(start))
    }

    private func parenthesizedWithItems() throws -> [WithItem] {
        try expect(.lpar)
        var items: [WithItem] = []
        repeat {
            if kind == .rpar && !items.isEmpty { break }
            items.append(try withItem())
        } while accept(.comma)
        try expect(.rpar)
        guard kind == .colon else { throw invalidSyntax() }
        return items
    }

    private func withItem() throws -> WithItem {
        let context = try expression()
        var vars: Expr? = nil
        if accept(.kwAs) {
            vars = try starTarget()
            try setContext(vars!, .store)
            guard kind == .comma || kind == .rpar || kind == .colon else { throw invalidSyntax() }
        }
        return WithItem(contextExpr: context, optionalVars: vars)
    }

    func tryStatement() throws -> Stmt {
        let start = token
        advance()
        let body = try block(after: "'try' statement", headerLine: start.line)
        var handlers: [ExceptHandler] = []
        var isStar = false
        var sawStar = false, sawPlain = false
        while kind == .kwExcept {
            let exceptToken = token
            advance()
            let star = accept(.star)
            if star { sawStar = true } else { sawPlain = true }
            if sawStar && sawPlain {
                throw error("cannot have both 'except' and 'except*' on the same 'try'", at: exceptToken)
            }
            isStar = star
            var type: Expr? = nil
            var name: String? = nil
            if kind != .colon {
                type = try expression()
                if kind == .comma {
                    throw error("multiple exception types must be parenthesized", at: type!.position)
                }
                if accept(.kwAs) { name = try self.name() }
            } else if star {
                throw error("expected one or more exception types", at: token)
            }
            let handlerBody = try block(after: star ? "'except*' statement" : "'except' statement",
                                        headerLine: exceptToken.line)
            handlers.append(ExceptHandler(type: type, name: name, body: handlerBody,
                                          position: spanToBlockEnd(exceptToken)))
        }
        var orelse: [Stmt] = []
        var finalbody: [Stmt] = []
        if kind == .kwElse && !handlers.isEmpty {
            let elseToken = token
            advance()
            orelse = try block(after: "'else' statement", headerLine: elseToken.line)
        }
        if kind == .kwFinally {
            let finallyToken = token
            advance()
            finalbody = try block(after: "'finally' statement", headerLine: finallyToken.line)
        }
        if handlers.isEmpty && finalbody.isEmpty {
            throw error("expected 'except' or 'finally' block", at: token)
        }
        return Stmt(.try(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody, isStar: isStar),
                    spanToBlockEnd(start))
    }

    // MARK: - Definitions

    func functionOrClass() throws -> Stmt {
        var decorators: [Expr] = []
        let start = token
        while accept(.at) {
            decorators.append(try namedExpression())
            guard accept(.newline) else { throw invalidSyntax() }
        }
        switch kind {
        case .kwDef:
            return try functionDef(start: token, decorators: decorators, isAsync: false)
        case .kwAsync where kind(at: 1) == .kwDef:
            let asyncToken = token
            advance()
            return try functionDef(start: asyncToken, decorators: decorators, isAsync: true)
        case .kwClass:
            return try classDef(decorators: decorators)
        default:
            _ = start
            throw invalidSyntax()
        }
    }

    func functionDef(start: Token, decorators: [Expr], isAsync: Bool) throws -> Stmt {
        let defToken = token
        try expect(.kwDef)
        let name = try self.name()
        guard accept(.lpar) else {
            throw expected("'('")
        }
        let args = try parameters(closing: .rpar, allowAnnotations: true)
        try expect(.rpar)
        var returns: Expr? = nil
        if accept(.rarrow) { returns = try expression() }
        let body = try block(after: "function definition", headerLine: defToken.line)
        let def = FunctionDefinition(name: name, args: args, body: body, decorators: decorators,
                                     returns: returns, isAsync: isAsync)
        return Stmt(.functionDef(def), spanToBlockEnd(start))
    }

    func classDef(decorators: [Expr]) throws -> Stmt {
        let start = token
        advance()
        let name = try self.name()
        var bases: [Expr] = []
        var keywords: [Keyword] = []
        if accept(.lpar) {
            (bases, keywords) = try callArguments()
            try expect(.rpar)
        }
        let body = try block(after: "class definition", headerLine: start.line)
        let def = ClassDefinition(name: name, bases: bases, keywords: keywords, body: body, decorators: decorators)
        return Stmt(.classDef(def), spanToBlockEnd(start))
    }

    /// Parameter lists of `def` (annotations allowed) and `lambda` (not).
    func parameters(closing: TokenKind, allowAnnotations: Bool) throws -> Arguments {
        let args = Arguments()
        var seenDefault = false
        var seenStar = false
        var seenSlash = false
        var positional: [Arg] = []
        while kind != closing {
            if accept(.slash) {
                if seenSlash { throw error("/ may appear only once", at: previous) }
                if seenStar { throw error("/ must be ahead of *", at: previous) }
                if positional.isEmpty { throw error("at least one argument must precede /", at: previous) }
                seenSlash = true
                args.posOnlyArgs = positional
                positional = []
            } else if kind == .star {
                let starToken = token
                advance()
                if seenStar { throw error("* argument may appear only once", at: starToken) }
                seenStar = true
                if kind == .name {
                    args.vararg = try parameter(allowAnnotations: allowAnnotations, allowStarAnnotation: true)
                } else if kind == .comma && kind(at: 1) != closing {
                    // bare `*`: keyword-only parameters follow
                } else {
                    throw error("named arguments must follow bare *", at: starToken)
                }
            } else if kind == .doubleStar {
                advance()
                args.kwarg = try parameter(allowAnnotations: allowAnnotations, allowStarAnnotation: false)
                _ = accept(.comma)
                if kind != closing {
                    throw error("arguments cannot follow var-keyword argument", at: token)
                }
                break
            } else {
                let param = try parameter(allowAnnotations: allowAnnotations, allowStarAnnotation: false)
                var defaultValue: Expr? = nil
                if accept(.equal) { defaultValue = try expression() }
                if seenStar {
                    args.kwOnlyArgs.append(param)
                    args.kwDefaults.append(defaultValue)
                } else {
                    positional.append(param)
                    if let defaultValue {
                        seenDefault = true
                        args.defaults.append(defaultValue)
                    } else if seenDefault {
                        throw error("non-default argument follows default argument", at: param.position)
                    }
                }
            }
            if !accept(.comma) { break }
        }
        args.args = positional
        return args
    }

    private func parameter(allowAnnotations: Bool, allowStarAnnotation: Bool) throws -> Arg {
        let start = token
        let name = try self.name()
        var annotation: Expr? = nil
        if allowAnnotations && accept(.colon) {
            if allowStarAnnotation && kind == .star {
                let starToken = token
                advance()
                let value = try bitwiseOr()
                annotation = Expr(.starred(value, .load), span(from: starToken))
            } else {
                annotation = try expression()
            }
        }
        return Arg(name: name, annotation: annotation, position: span(from: start))
    }
}
