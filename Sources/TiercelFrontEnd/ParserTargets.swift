/// Assignment and deletion targets: parsing them, giving them Store/Del
/// context, and CPython's messages when an expression cannot be a target.
extension Parser {
    /// star_targets, as after `for` and in comprehensions.
    func starTargets() throws -> Expr {
        let startToken = token
        let first = try starTarget()
        if kind != .comma {
            try setContext(first, .store)
            return first
        }
        var elts = [first]
        while accept(.comma) {
            if kind == .kwIn || kind == .equal || kind == .colon || kind == .rpar { break }
            elts.append(try starTarget())
        }
        let tuple = Expr(.tuple(elts, .store), span(from: startToken))
        try setContext(tuple, .store)
        return tuple
    }

    /// The target of `for` and of comprehension clauses, through `in`. When
    /// it is not a valid target, CPython reparses it as an expression to name
    /// the offending part.
    func forTarget() throws -> Expr {
        let saved = pos
        if let target = try? starTargets(), kind == .kwIn {
            advance()
            return target
        }
        pos = saved
        guard let e = try? starExpressions() else { throw invalidSyntaxAfterRewind(saved) }
        if let bad = invalidTarget(e, forTargets: true) {
            throw error("cannot assign to \(describe(bad))", at: bad.position)
        }
        pos = saved
        _ = try starTargets()
        throw invalidSyntax()
    }

    private func invalidSyntaxAfterRewind(_ saved: Int) -> SyntaxError {
        pos = saved
        do {
            _ = try starTargets()
            return invalidSyntax()
        } catch let e as SyntaxError {
            return e
        } catch {
            return invalidSyntax()
        }
    }

    /// The first sub-expression that cannot be assigned to, as CPython finds it.
    func invalidTarget(_ e: Expr, forTargets: Bool = false, deleting: Bool = false) -> Expr? {
        switch e.kind {
        case .list(let elts, _), .tuple(let elts, _):
            for elt in elts {
                if let bad = invalidTarget(elt, forTargets: forTargets, deleting: deleting) { return bad }
            }
            return nil
        case .starred(let value, _):
            return deleting ? e : invalidTarget(value, forTargets: forTargets, deleting: deleting)
        case .compare(let left, let ops, _):
            if forTargets { return ops[0] == .in ? invalidTarget(left, forTargets: true) : nil }
            return e
        case .name, .subscript, .attribute:
            return nil
        default:
            return e
        }
    }

    func starTarget() throws -> Expr {
        if kind == .star {
            let start = token
            advance()
            let value = try starTarget()
            return Expr(.starred(value, .store), span(from: start))
        }
        return try primary()
    }

    /// Gives a parsed expression the context of a target, or reports why it
    /// cannot be one.
    func setContext(_ e: Expr, _ ctx: ExprContext) throws {
        switch e.kind {
        case .name(let id, _):
            e.kind = .name(id, ctx)
        case .attribute(let value, let attr, _):
            e.kind = .attribute(value, attr, ctx)
        case .subscript(let value, let index, _):
            e.kind = .subscript(value, index, ctx)
        case .starred(let value, _):
            if ctx == .del { throw error("cannot delete starred", at: e.position) }
            try setContext(value, ctx)
            e.kind = .starred(value, ctx)
        case .tuple(let elts, _):
            for elt in elts { try setContext(elt, ctx) }
            e.kind = .tuple(elts, ctx)
        case .list(let elts, _):
            for elt in elts { try setContext(elt, ctx) }
            e.kind = .list(elts, ctx)
        default:
            throw targetError(e, ctx)
        }
    }

    func targetError(_ e: Expr, _ ctx: ExprContext) -> SyntaxError {
        let what = describe(e)
        if ctx == .del { return error("cannot delete \(what)", at: e.position) }
        switch e.kind {
        case .yield, .yieldFrom:
            return error("assignment to yield expression not possible", at: e.position)
        default:
            break
        }
        return error("cannot assign to \(what)", at: e.position)
    }

    /// `f() = 1`: a lone expression right before the final value reads as a
    /// mistyped comparison to CPython, which says so.
    func checkLastAssignmentTarget(_ e: Expr) throws {
        switch e.kind {
        case .name, .attribute, .subscript, .starred, .list, .tuple, .generatorExp, .yield, .yieldFrom,
             .constant(.none, _), .constant(.bool, _):
            return
        default:
            throw error("cannot assign to \(describe(e)) here. Maybe you meant '==' instead of '='?", at: e.position)
        }
    }

    /// How CPython's messages name a kind of expression.
    func describe(_ e: Expr) -> String {
        switch e.kind {
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .starred: return "starred"
        case .name: return "name"
        case .list: return "list"
        case .tuple: return "tuple"
        case .lambda: return "lambda"
        case .call: return "function call"
        case .boolOp, .binOp, .unaryOp: return "expression"
        case .generatorExp: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .await: return "await expression"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .joinedStr, .formattedValue: return "f-string expression"
        case .constant(let value, _):
            switch value {
            case .none: return "None"
            case .bool(let b): return b ? "True" : "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        case .compare: return "comparison"
        case .ifExp: return "conditional expression"
        case .namedExpr: return "named expression"
        case .slice: return "slice"
        }
    }

    /// Which expressions may stand before `:` in an annotated assignment.
    func checkAnnotationTarget(_ e: Expr) throws {
        switch e.kind {
        case .name, .attribute, .subscript:
            return
        case .tuple:
            throw error("only single target (not tuple) can be annotated", at: e.position)
        case .list:
            throw error("only single target (not list) can be annotated", at: e.position)
        default:
            throw error("illegal target for annotation", at: e.position)
        }
    }

    func checkAugmentedTarget(_ e: Expr) throws {
        switch e.kind {
        case .name, .attribute, .subscript:
            return
        default:
            throw error("'\(augmentedTypeName(e))' is an illegal expression for augmented assignment", at: e.position)
        }
    }

    private func augmentedTypeName(_ e: Expr) -> String {
        switch e.kind {
        case .tuple: return "tuple"
        case .list: return "list"
        default: return describe(e)
        }
    }

    /// An expression statement followed by something that cannot continue it.
    func unexpectedAfterExpression(_ e: Expr) throws -> SyntaxError {
        if case .name(let id, _) = e.kind, id == "print" || id == "exec",
           kind == .string || kind == .name || kind == .number {
            let message = "Missing parentheses in call to '\(id)'. Did you mean \(id)(...)?"
            var end = pos
            while end < tokens.count && tokens[end].kind != .newline && tokens[end].kind != .endMarker
                    && tokens[end].kind != .semi { end += 1 }
            let last = tokens[max(end - 1, pos)]
            return SyntaxError(.syntaxError, message, line: Int(e.position.line), column: Int(e.position.col),
                               endLine: Int(last.endLine), endColumn: Int(last.endCol))
        }
        return invalidSyntax()
    }
}
