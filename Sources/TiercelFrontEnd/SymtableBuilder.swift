/// First pass of scope analysis: walks the tree in CPython's order, opening a
/// block per module, class, function, lambda and comprehension, and records
/// each name's DEF_* flags.
final class SymbolTableBuilder {
    let futureAnnotations: Bool
    private var stack: [Scope] = []
    private var current: Scope { stack[stack.count - 1] }
    private var module: Scope!
    /// The class whose private names (`__x`) are being mangled.
    private var privateName: String? = nil

    init(futureAnnotations: Bool) { self.futureAnnotations = futureAnnotations }

    static func error(_ message: String, _ scope: Scope, _ name: String) -> SyntaxError {
        SymbolTable.error(message, scope, name)
    }

    private func error(_ message: String, _ p: Position) -> SyntaxError {
        SyntaxError(.syntaxError, message, line: Int(p.line), column: Int(p.col),
                    endLine: Int(p.endLine), endColumn: Int(p.endCol))
    }

    func visitModule(_ m: Module) throws -> Scope {
        let top = Scope(name: "top", kind: .module, line: 0, nested: false)
        module = top
        stack = [top]
        for s in m.body { try visit(s) }
        return top
    }

    // MARK: - Blocks

    /// Annotation blocks (under `from __future__ import annotations`) are
    /// analyzed for errors but hang nowhere, as in CPython.
    private func enter(_ name: String, _ kind: ScopeKind, line: Int32) {
        let parent = current
        let nested = parent.nested || parent.kind == .function
        let scope = Scope(name: name, kind: kind, line: Int(line), nested: nested)
        scope.comprehensionIterExpression = parent.comprehensionIterExpression
        if kind != .annotation { parent.children.append(scope) }
        stack.append(scope)
    }

    private func exit() { stack.removeLast() }

    // MARK: - Names

    func mangle(_ name: String) -> String {
        guard let cls = privateName, name.hasPrefix("__"), !name.hasSuffix("__"), !name.contains(".") else {
            return name
        }
        let stripped = cls.drop(while: { $0 == "_" })
        if stripped.isEmpty { return name }
        return "_" + stripped + name
    }

    private func addDef(_ rawName: String, _ flag: SymbolFlags, _ p: Position, in target: Scope? = nil) throws {
        let scope = target ?? current
        let name = mangle(rawName)
        var flags = scope.symbols[name]?.flags ?? []
        if flag.contains(.param) && flags.contains(.param) {
            throw error("duplicate argument '\(name)' in function definition", p)
        }
        flags.formUnion(flag)
        if scope.comprehensionIterTarget {
            if !flags.isDisjoint(with: [.global, .nonlocal]) {
                throw error("comprehension inner loop cannot rebind assignment expression target '\(name)'", p)
            }
            flags.insert(.compIter)
        }
        scope.symbols[name] = Symbol(flags: flags)
        if flag.contains(.param) {
            scope.parameters.append(name)
        } else if flag.contains(.global) {
            var g = module.symbols[name]?.flags ?? []
            g.formUnion(flag)
            module.symbols[name] = Symbol(flags: g)
        }
    }

    private func lookup(_ name: String) -> SymbolFlags {
        current.symbols[mangle(name)]?.flags ?? []
    }

    // MARK: - Statements

    private func visit(_ s: Stmt) throws {
        let p = s.position
        switch s.kind {
        case .functionDef(let f):
            try addDef(f.name, .local, p)
            for d in f.args.defaults { try visit(d) }
            for d in f.args.kwDefaults { if let d { try visit(d) } }
            try visitAnnotations(f.args, returns: f.returns, p)
            for d in f.decorators { try visit(d) }
            enter(f.name, .function, line: p.line)
            if f.isAsync { current.isCoroutine = true }
            try visitParameters(f.args)
            for b in f.body { try visit(b) }
            exit()
        case .classDef(let c):
            try addDef(c.name, .local, p)
            for b in c.bases { try visit(b) }
            for k in c.keywords { try visit(k.value) }
            for d in c.decorators { try visit(d) }
            enter(c.name, .class, line: p.line)
            let savedPrivate = privateName
            privateName = c.name
            for b in c.body { try visit(b) }
            privateName = savedPrivate
            exit()
        case .return(let v):
            if let v { try visit(v) }
        case .delete(let targets):
            for t in targets { try visit(t) }
        case .assign(let targets, let value):
            for t in targets { try visit(t) }
            try visit(value)
        case .annAssign(let target, let annotation, let value, let simple):
            if case .name(let id, _) = target.kind {
                let cur = lookup(id)
                if !cur.isDisjoint(with: [.global, .nonlocal]) && current !== module && simple {
                    let message = cur.contains(.global) ? "annotated name '\(id)' can't be global"
                        : "annotated name '\(id)' can't be nonlocal"
                    throw error(message, target.position)
                }
                if simple { try addDef(id, [.annotated, .local], target.position) }
                if value != nil { try addDef(id, .local, target.position) }
            } else {
                try visit(target)
            }
            try visitAnnotation(annotation)
            if let value { try visit(value) }
        case .augAssign(let target, _, let value):
            try visit(target)
            try visit(value)
        case .for(let target, let iter, let body, let orelse, _):
            try visit(target)
            try visit(iter)
            for b in body { try visit(b) }
            for b in orelse { try visit(b) }
        case .while(let test, let body, let orelse), .if(let test, let body, let orelse):
            try visit(test)
            for b in body { try visit(b) }
            for b in orelse { try visit(b) }
        case .with(let items, let body, _):
            for item in items {
                try visit(item.contextExpr)
                if let v = item.optionalVars { try visit(v) }
            }
            for b in body { try visit(b) }
        case .match(let subject, let cases):
            try visit(subject)
            for c in cases {
                try visit(c.pattern)
                if let g = c.guardExpr { try visit(g) }
                for b in c.body { try visit(b) }
            }
        case .raise(let exc, let cause):
            if let exc { try visit(exc) }
            if let cause { try visit(cause) }
        case .try(let body, let handlers, let orelse, let finalbody, _):
            for b in body { try visit(b) }
            for b in orelse { try visit(b) }
            for h in handlers {
                if let t = h.type { try visit(t) }
                if let n = h.name { try addDef(n, .local, h.position) }
                for b in h.body { try visit(b) }
            }
            for b in finalbody { try visit(b) }
        case .assert(let test, let msg):
            try visit(test)
            if let msg { try visit(msg) }
        case .import(let names):
            for a in names { try visitAlias(a) }
        case .importFrom(_, let names, _):
            for a in names { try visitAlias(a) }
        case .global(let names):
            try declare(names, .global, "global", p)
        case .nonlocal(let names):
            try declare(names, .nonlocal, "nonlocal", p)
        case .expr(let e):
            try visit(e)
        case .pass, .break, .continue:
            break
        }
    }

    /// `global` / `nonlocal` statements, with CPython's checks and messages.
    private func declare(_ names: [String], _ flag: SymbolFlags, _ keyword: String, _ p: Position) throws {
        for name in names {
            let cur = lookup(name)
            if !cur.isDisjoint(with: [.param, .local, .use, .annotated]) {
                let message: String
                if cur.contains(.param) { message = "name '\(name)' is parameter and \(keyword)" }
                else if cur.contains(.use) { message = "name '\(name)' is used prior to \(keyword) declaration" }
                else if cur.contains(.annotated) { message = "annotated name '\(name)' can't be \(keyword)" }
                else { message = "name '\(name)' is assigned to before \(keyword) declaration" }
                throw error(message, p)
            }
            try addDef(name, flag, p)
            if current.directives[mangle(name)] == nil { current.directives[mangle(name)] = p }
        }
    }

    private func visitAlias(_ a: Alias) throws {
        let stored = a.asName ?? String(a.name.split(separator: ".", maxSplits: 1).first ?? "")
        if stored == "*" {
            if current.kind != .module {
                throw error("import * only allowed at module level", a.position)
            }
            return
        }
        try addDef(stored, .import, a.position)
    }

    private func visitParameters(_ a: Arguments) throws {
        for arg in a.posOnlyArgs { try addDef(arg.name, .param, arg.position) }
        for arg in a.args { try addDef(arg.name, .param, arg.position) }
        for arg in a.kwOnlyArgs { try addDef(arg.name, .param, arg.position) }
        if let v = a.vararg { try addDef(v.name, .param, v.position) }
        if let k = a.kwarg { try addDef(k.name, .param, k.position) }
    }

    private func visitAnnotations(_ a: Arguments, returns: Expr?, _ p: Position) throws {
        if futureAnnotations { enter("_annotation", .annotation, line: p.line) }
        for arg in a.posOnlyArgs + a.args { if let ann = arg.annotation { try visit(ann) } }
        if let ann = a.vararg?.annotation { try visit(ann) }
        if let ann = a.kwarg?.annotation { try visit(ann) }
        for arg in a.kwOnlyArgs { if let ann = arg.annotation { try visit(ann) } }
        if futureAnnotations { exit() }
        if let returns { try visitAnnotation(returns) }
    }

    private func visitAnnotation(_ e: Expr) throws {
        if futureAnnotations { enter("_annotation", .annotation, line: e.position.line) }
        try visit(e)
        if futureAnnotations { exit() }
    }

    // MARK: - Patterns

    private func visit(_ pat: Pattern) throws {
        switch pat.kind {
        case .matchValue(let e): try visit(e)
        case .matchSingleton: break
        case .matchSequence(let ps), .matchOr(let ps):
            for p in ps { try visit(p) }
        case .matchMapping(let keys, let ps, let rest):
            for k in keys { try visit(k) }
            for p in ps { try visit(p) }
            if let rest { try addDef(rest, .local, pat.position) }
        case .matchClass(let cls, let ps, _, let kps):
            try visit(cls)
            for p in ps { try visit(p) }
            for p in kps { try visit(p) }
        case .matchStar(let name):
            if let name { try addDef(name, .local, pat.position) }
        case .matchAs(let sub, let name):
            if let sub { try visit(sub) }
            if let name { try addDef(name, .local, pat.position) }
        }
    }

    // MARK: - Expressions

    private func visit(_ e: Expr) throws {
        let p = e.position
        switch e.kind {
        case .namedExpr(let target, let value):
            try raiseIfAnnotation("named expression", p)
            if current.comprehensionIterExpression > 0 {
                throw error("assignment expression cannot be used in a comprehension iterable expression", p)
            }
            if current.comprehension != nil { try extendNamedExprScope(target) }
            try visit(value)
            try visit(target)
        case .boolOp(_, let values):
            for v in values { try visit(v) }
        case .binOp(let l, _, let r):
            try visit(l)
            try visit(r)
        case .unaryOp(_, let operand):
            try visit(operand)
        case .lambda(let args, let body):
            for d in args.defaults { try visit(d) }
            for d in args.kwDefaults { if let d { try visit(d) } }
            enter("lambda", .function, line: p.line)
            try visitParameters(args)
            try visit(body)
            exit()
        case .ifExp(let test, let body, let orelse):
            try visit(test)
            try visit(body)
            try visit(orelse)
        case .dict(let keys, let values):
            for k in keys { if let k { try visit(k) } }
            for v in values { try visit(v) }
        case .set(let elts):
            for x in elts { try visit(x) }
        case .generatorExp(let elt, let gens):
            try comprehension(e, "genexpr", gens, elt, nil)
        case .listComp(let elt, let gens):
            try comprehension(e, "listcomp", gens, elt, nil)
        case .setComp(let elt, let gens):
            try comprehension(e, "setcomp", gens, elt, nil)
        case .dictComp(let key, let value, let gens):
            try comprehension(e, "dictcomp", gens, key, value)
        case .yield(let v):
            try raiseIfAnnotation("yield expression", p)
            if let v { try visit(v) }
            current.isGenerator = true
            try raiseIfComprehension(e)
        case .yieldFrom(let v):
            try raiseIfAnnotation("yield expression", p)
            try visit(v)
            current.isGenerator = true
            try raiseIfComprehension(e)
        case .await(let v):
            try raiseIfAnnotation("await expression", p)
            try visit(v)
        case .compare(let left, _, let comparators):
            try visit(left)
            for c in comparators { try visit(c) }
        case .call(let f, let args, let keywords):
            try visit(f)
            for a in args { try visit(a) }
            for k in keywords { try visit(k.value) }
        case .formattedValue(let v, _, let spec):
            try visit(v)
            if let spec { try visit(spec) }
        case .joinedStr(let values):
            for v in values { try visit(v) }
        case .constant:
            break
        case .attribute(let v, _, _):
            try visit(v)
        case .subscript(let v, let index, _):
            try visit(v)
            try visit(index)
        case .starred(let v, _):
            try visit(v)
        case .slice(let lower, let upper, let step):
            if let lower { try visit(lower) }
            if let upper { try visit(upper) }
            if let step { try visit(step) }
        case .name(let id, let ctx):
            try addDef(id, ctx == .load ? .use : .local, p)
            if ctx == .load && current.kind == .function && id == "super" {
                try addDef("__class__", .use, p)
            }
        case .list(let elts, _), .tuple(let elts, _):
            for x in elts { try visit(x) }
        }
    }

    private func comprehension(_ e: Expr, _ name: String, _ gens: [Comprehension], _ elt: Expr, _ value: Expr?) throws {
        let isGenerator: Bool
        if case .generatorExp = e.kind { isGenerator = true } else { isGenerator = false }
        let outermost = gens[0]
        current.comprehensionIterExpression += 1
        try visit(outermost.iter)
        current.comprehensionIterExpression -= 1
        enter(name, .function, line: e.position.line)
        current.comprehension = name
        if outermost.isAsync { current.isCoroutine = true }
        try addDef(".0", .param, e.position)
        current.comprehensionIterTarget = true
        try visit(outermost.target)
        current.comprehensionIterTarget = false
        for cond in outermost.ifs { try visit(cond) }
        for g in gens.dropFirst() {
            current.comprehensionIterTarget = true
            try visit(g.target)
            current.comprehensionIterTarget = false
            current.comprehensionIterExpression += 1
            try visit(g.iter)
            current.comprehensionIterExpression -= 1
            for cond in g.ifs { try visit(cond) }
            if g.isAsync { current.isCoroutine = true }
        }
        if let value { try visit(value) }
        try visit(elt)
        current.isGenerator = isGenerator
        let isAsync = current.isCoroutine && !isGenerator
        exit()
        // Whether an async comprehension is allowed here is the compiler's call.
        if isAsync { current.isCoroutine = true }
    }

    private func extendNamedExprScope(_ target: Expr) throws {
        guard case .name(let name, _) = target.kind else { return }
        let p = target.position
        for scope in stack.reversed() {
            if scope.comprehension != nil {
                if scope.symbols[name]?.flags.contains(.compIter) == true {
                    throw error("assignment expression cannot rebind comprehension iteration variable '\(name)'", p)
                }
                continue
            }
            switch scope.kind {
            case .function:
                let inScope = scope.symbols[name]?.flags ?? []
                try addDef(name, inScope.contains(.global) ? .global : .nonlocal, p)
                try addDef(name, .local, p, in: scope)
                return
            case .module:
                try addDef(name, .global, p)
                try addDef(name, .global, p, in: scope)
                return
            case .class:
                throw error("assignment expression within a comprehension cannot be used in a class body", p)
            case .annotation:
                continue
            }
        }
    }

    private func raiseIfAnnotation(_ what: String, _ p: Position) throws {
        if current.kind == .annotation {
            throw error("\(what) cannot be used within an annotation", p)
        }
    }

    private func raiseIfComprehension(_ e: Expr) throws {
        guard let comp = current.comprehension else { return }
        let kind: String
        switch comp {
        case "listcomp": kind = "list comprehension"
        case "setcomp": kind = "set comprehension"
        case "dictcomp": kind = "dict comprehension"
        default: kind = "generator expression"
        }
        throw error("'yield' inside \(kind)", e.position)
    }
}
