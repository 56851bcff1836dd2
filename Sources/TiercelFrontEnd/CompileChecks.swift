/// The syntax errors CPython 3.11 raises after parsing, while compiling:
/// `from __future__` rules, misplaced return/yield/await/break/continue,
/// starred targets, repeated keywords, match-pattern rules, block nesting.
/// ast.parse accepts these programs; running them fails before any code runs.
/// The bytecode compiler will take these checks over as it is written.
public enum CompileChecks {
    /// CPython checks future imports before building the symbol table.
    public static func checkFutureImports(_ module: Module) throws {
        try FutureRules.check(module)
    }

    /// The remaining checks, made after the symbol table is built.
    public static func check(_ module: Module) throws {
        var checker = Checker()
        try checker.statements(module.body)
    }
}

/// `from __future__ import ...` must come first and name a known feature.
enum FutureRules {
    static let features: Set<String> = [
        "nested_scopes", "generators", "division", "absolute_import", "with_statement",
        "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
    ]

    static func check(_ module: Module) throws {
        var stillAtTop = true
        for (i, stmt) in module.body.enumerated() {
            if case .importFrom(let mod, let names, let level) = stmt.kind, mod == "__future__", level == 0 {
                guard stillAtTop else {
                    throw error("from __future__ imports must occur at the beginning of the file", stmt.position)
                }
                for alias in names {
                    if alias.name == "braces" { throw caretError("not a chance", stmt.position) }
                    if !features.contains(alias.name) {
                        throw caretError("future feature \(alias.name) is not defined", stmt.position)
                    }
                }
                continue
            }
            if i == 0, case .expr(let e) = stmt.kind, case .constant(.str, _) = e.kind { continue }
            stillAtTop = false
        }
    }

    static func error(_ message: String, _ p: Position) -> SyntaxError {
        SyntaxError(.syntaxError, message, line: Int(p.line), column: Int(p.col),
                    endLine: Int(p.endLine), endColumn: Int(p.endCol))
    }

    /// Future-feature errors carry only a start column: one caret.
    static func caretError(_ message: String, _ p: Position) -> SyntaxError {
        SyntaxError(.syntaxError, message, line: Int(p.line), column: Int(p.col))
    }
}

private struct Checker {
    enum ScopeKind { case module, function, asyncFunction, lambda, `class`, comprehension }

    struct Frame {
        var kind: ScopeKind
        var loops = 0
        /// Compiler blocks (loops, with, try) open in this code object.
        var blocks = 0
        var isAsyncGenerator = false
        /// Inside an except* handler: the loop count where it began, since
        /// break, continue and return may not leave it.
        var exceptStarLoops: Int? = nil
    }

    static let exceptStarExit = "'break', 'continue' and 'return' cannot appear in an except* block"

    /// CPython's CO_MAXBLOCKS.
    static let maximumBlocks = 20

    var frames: [Frame] = [Frame(kind: .module)]
    var frame: Frame {
        get { frames[frames.count - 1] }
        set { frames[frames.count - 1] = newValue }
    }

    func error(_ message: String, _ p: Position) -> SyntaxError { FutureRules.error(message, p) }

    mutating func statements(_ body: [Stmt]) throws {
        for s in body { try statement(s) }
    }

    mutating func withBlocks<T>(_ n: Int, at p: Position, _ body: (inout Checker) throws -> T) throws -> T {
        if frame.blocks + n > Checker.maximumBlocks {
            throw error("too many statically nested blocks", p)
        }
        frame.blocks += n
        defer { frame.blocks -= n }
        return try body(&self)
    }

    mutating func loopBody(_ body: [Stmt], at p: Position) throws {
        try withBlocks(1, at: p) { c in
            c.frame.loops += 1
            defer { c.frame.loops -= 1 }
            try c.statements(body)
        }
    }

    mutating func statement(_ s: Stmt) throws {
        let p = s.position
        switch s.kind {
        case .functionDef(let f):
            try arguments(f.args)
            for d in f.decorators { try expr(d) }
            if let r = f.returns { try expr(r) }
            var inner = Frame(kind: f.isAsync ? .asyncFunction : .function)
            inner.isAsyncGenerator = f.isAsync && YieldScan.contains(f.body)
            frames.append(inner)
            defer { frames.removeLast() }
            try statements(f.body)
        case .classDef(let c):
            for b in c.bases { try expr(b, starredAllowed: true) }
            for k in c.keywords { try expr(k.value) }
            try keywords(c.keywords, at: p)
            for d in c.decorators { try expr(d) }
            frames.append(Frame(kind: .class))
            defer { frames.removeLast() }
            try statements(c.body)
        case .return(let v):
            guard frame.kind == .function || frame.kind == .asyncFunction else {
                throw error("'return' outside function", p)
            }
            if frame.exceptStarLoops != nil {
                // CPython's location then is a constant value's, else the statement's.
                if let v, case .constant = v.kind { throw error(Checker.exceptStarExit, v.position) }
                throw error(Checker.exceptStarExit, p)
            }
            if v != nil && frame.isAsyncGenerator {
                throw error("'return' with value in async generator", p)
            }
            if let v { try expr(v) }
        case .delete(let targets):
            for t in targets { try target(t) }
        case .assign(let targets, let value):
            try expr(value)
            for t in targets { try target(t) }
        case .augAssign(let t, _, let value):
            try expr(value)
            try target(t)
        case .annAssign(let t, let annotation, let value, _):
            if let value { try expr(value) }
            try target(t)
            try expr(annotation)
        case .for(let t, let iter, let body, let orelse, let isAsync):
            if isAsync && frame.kind != .asyncFunction {
                throw error("'async for' outside async function", p)
            }
            try expr(iter)
            try target(t)
            try loopBody(body, at: p)
            try statements(orelse)
        case .while(let test, let body, let orelse):
            try expr(test)
            try loopBody(body, at: p)
            try statements(orelse)
        case .if(let test, let body, let orelse):
            try expr(test)
            try statements(body)
            try statements(orelse)
        case .with(let items, let body, let isAsync):
            if isAsync && frame.kind != .asyncFunction {
                throw error("'async with' outside async function", p)
            }
            try withBlocks(items.count, at: p) { c in
                for item in items {
                    try c.expr(item.contextExpr)
                    if let v = item.optionalVars { try c.target(v) }
                }
                try c.statements(body)
            }
        case .match(let subject, let cases):
            try expr(subject)
            for (i, c) in cases.enumerated() {
                var bound: [String] = []
                try pattern(c.pattern, &bound)
                if i < cases.count - 1 && c.guardExpr == nil, let irrefutable = Self.irrefutable(c.pattern) {
                    throw irrefutable
                }
                if let g = c.guardExpr { try expr(g) }
                try statements(c.body)
            }
        case .raise(let exc, let cause):
            if let exc { try expr(exc) }
            if let cause { try expr(cause) }
        case .try(let body, let handlers, let orelse, let finalbody, let isStar):
            let hasFinally = !finalbody.isEmpty
            let bodyBlocks = (hasFinally ? 1 : 0) + (handlers.isEmpty ? 0 : 1)
            try withBlocks(bodyBlocks, at: p) { try $0.statements(body) }
            for (i, h) in handlers.enumerated() {
                if h.type == nil && i < handlers.count - 1 {
                    throw error("default 'except:' must be last", h.position)
                }
                if let t = h.type { try expr(t) }
                let saved = frame.exceptStarLoops
                if isStar { frame.exceptStarLoops = frame.loops }
                defer { frame.exceptStarLoops = saved }
                try withBlocks((hasFinally ? 1 : 0) + 2, at: h.position) { try $0.statements(h.body) }
            }
            try withBlocks(hasFinally ? 1 : 0, at: p) { try $0.statements(orelse) }
            try withBlocks(hasFinally ? 1 : 0, at: p) { try $0.statements(finalbody) }
        case .assert(let test, let msg):
            try expr(test)
            if let msg { try expr(msg) }
        case .import(let names):
            for a in names where a.asName == "__debug__" { throw error("cannot assign to __debug__", a.position) }
        case .importFrom(_, let names, _):
            for a in names where (a.asName ?? a.name) == "__debug__" {
                throw error("cannot assign to __debug__", a.position)
            }
        case .global, .nonlocal, .pass:
            break
        case .expr(let e):
            try expr(e)
        case .break:
            if frame.exceptStarLoops == frame.loops { throw error(Checker.exceptStarExit, p) }
            if frame.loops == 0 { throw error("'break' outside loop", p) }
        case .continue:
            if frame.exceptStarLoops == frame.loops { throw error(Checker.exceptStarExit, p) }
            if frame.loops == 0 { throw error("'continue' not properly in loop", p) }
        }
    }

    mutating func arguments(_ a: Arguments) throws {
        for d in a.defaults { try expr(d) }
        for d in a.kwDefaults { if let d { try expr(d) } }
        let all = a.posOnlyArgs + a.args + a.kwOnlyArgs + [a.vararg, a.kwarg].compactMap { $0 }
        for arg in all {
            if let ann = arg.annotation { try expr(ann, starredAllowed: true) }
            if arg.name == "__debug__" { throw error("cannot assign to __debug__", arg.position) }
        }
    }

    func keywords(_ ks: [Keyword], at call: Position) throws {
        var seen = Set<String>()
        for k in ks {
            guard let name = k.arg else { continue }
            if name == "__debug__" { throw error("cannot assign to __debug__", call) }
            if !seen.insert(name).inserted { throw error("keyword argument repeated: \(name)", k.position) }
        }
    }

    /// A target of assignment, deletion, `for` or `with`.
    mutating func target(_ e: Expr) throws {
        switch e.kind {
        case .name(let id, let ctx):
            if id == "__debug__" {
                throw error(ctx == .del ? "cannot delete __debug__" : "cannot assign to __debug__", e.position)
            }
        case .starred:
            throw error("starred assignment target must be in a list or tuple", e.position)
        case .tuple(let elts, _), .list(let elts, _):
            var starred = 0
            for elt in elts {
                if case .starred(let inner, _) = elt.kind {
                    starred += 1
                    if starred > 1 { throw error("multiple starred expressions in assignment", e.position) }
                    try target(inner)
                } else {
                    try target(elt)
                }
            }
        case .attribute(let v, let attr, _):
            if attr == "__debug__" { throw error("cannot assign to __debug__", e.position) }
            try expr(v)
        case .subscript(let v, let index, _):
            try expr(v)
            try expr(index, starredAllowed: true)
        default:
            try expr(e)
        }
    }

    mutating func exprs(_ es: [Expr], starredAllowed: Bool = false) throws {
        for e in es { try expr(e, starredAllowed: starredAllowed) }
    }

    mutating func expr(_ e: Expr, starredAllowed: Bool = false) throws {
        let p = e.position
        switch e.kind {
        case .starred(let v, _):
            if !starredAllowed { throw error("can't use starred expression here", p) }
            try expr(v)
        case .boolOp(_, let vs), .joinedStr(let vs):
            try exprs(vs)
        case .set(let vs):
            try exprs(vs, starredAllowed: true)
        case .list(let vs, _), .tuple(let vs, _):
            try exprs(vs, starredAllowed: true)
        case .namedExpr(let t, let v):
            try expr(v)
            try target(t)
        case .binOp(let l, _, let r):
            try expr(l)
            try expr(r)
        case .unaryOp(_, let o):
            try expr(o)
        case .lambda(let a, let body):
            try arguments(a)
            frames.append(Frame(kind: .lambda))
            defer { frames.removeLast() }
            try expr(body)
        case .ifExp(let t, let b, let o):
            try expr(t)
            try expr(b)
            try expr(o)
        case .dict(let ks, let vs):
            for k in ks { if let k { try expr(k) } }
            try exprs(vs)
        case .listComp(let elt, let gens), .setComp(let elt, let gens):
            try comprehension(e, gens, isGenerator: false) { try $0.expr(elt) }
        case .generatorExp(let elt, let gens):
            try comprehension(e, gens, isGenerator: true) { try $0.expr(elt) }
        case .dictComp(let k, let v, let gens):
            try comprehension(e, gens, isGenerator: false) { c in
                try c.expr(k)
                try c.expr(v)
            }
        case .await(let v):
            switch frame.kind {
            case .asyncFunction, .comprehension: break
            case .function, .lambda: throw error("'await' outside async function", p)
            case .module, .class: throw error("'await' outside function", p)
            }
            try expr(v)
        case .yield(let v):
            try yieldAllowed(p, from: false)
            if let v { try expr(v) }
        case .yieldFrom(let v):
            try yieldAllowed(p, from: true)
            try expr(v)
        case .compare(let l, _, let cs):
            try expr(l)
            try exprs(cs)
        case .call(let f, let args, let ks):
            try expr(f)
            try exprs(args, starredAllowed: true)
            for k in ks { try expr(k.value) }
            try keywords(ks, at: p)
        case .formattedValue(let v, _, let spec):
            try expr(v)
            if let spec { try expr(spec) }
        case .constant:
            break
        case .attribute(let v, _, _):
            try expr(v)
        case .subscript(let v, let index, _):
            try expr(v)
            try expr(index, starredAllowed: true)
        case .name(let id, let ctx):
            if id == "__debug__" && ctx != .load {
                throw error(ctx == .del ? "cannot delete __debug__" : "cannot assign to __debug__", p)
            }
        case .slice(let l, let u, let s):
            if let l { try expr(l) }
            if let u { try expr(u) }
            if let s { try expr(s) }
        }
    }

    func yieldAllowed(_ p: Position, from: Bool) throws {
        switch frame.kind {
        case .function, .lambda, .comprehension: break
        case .asyncFunction: if from { throw error("'yield from' inside async function", p) }
        case .module, .class: throw error("'yield' outside function", p)
        }
    }

    mutating func comprehension(_ e: Expr, _ gens: [Comprehension], isGenerator: Bool,
                                _ body: (inout Checker) throws -> Void) throws {
        try expr(gens[0].iter)
        let isAsync = gens.contains { $0.isAsync } || AwaitScan.contains(e)
        if isAsync && !isGenerator && frame.kind != .asyncFunction && frame.kind != .comprehension {
            throw error("asynchronous comprehension outside of an asynchronous function", e.position)
        }
        frames.append(Frame(kind: .comprehension))
        defer { frames.removeLast() }
        for (i, g) in gens.enumerated() {
            try target(g.target)
            if i > 0 { try expr(g.iter) }
            try exprs(g.ifs)
        }
        try body(&self)
    }

    // MARK: - Patterns

    mutating func pattern(_ pat: Pattern, _ bound: inout [String]) throws {
        switch pat.kind {
        case .matchValue(let e):
            try expr(e)
        case .matchSingleton:
            break
        case .matchSequence(let ps):
            for p in ps { try pattern(p, &bound) }
        case .matchMapping(let keys, let ps, let rest):
            try exprs(keys)
            for p in ps { try pattern(p, &bound) }
            if let rest { try bind(rest, pat.position, &bound) }
        case .matchClass(let cls, let ps, _, let kps):
            try expr(cls)
            for p in ps { try pattern(p, &bound) }
            for p in kps { try pattern(p, &bound) }
        case .matchStar(let name):
            if let name { try bind(name, pat.position, &bound) }
        case .matchAs(let sub, let name):
            if let sub { try pattern(sub, &bound) }
            if let name { try bind(name, pat.position, &bound) }
        case .matchOr(let alternatives):
            var first: Set<String>? = nil
            let before = bound
            var all = bound
            for (i, alt) in alternatives.enumerated() {
                var names = before
                try pattern(alt, &names)
                if i < alternatives.count - 1, let irrefutable = Self.irrefutable(alt) { throw irrefutable }
                let added = Set(names.dropFirst(before.count))
                if let first, first != added {
                    throw error("alternative patterns bind different names", pat.position)
                }
                if first == nil {
                    first = added
                    all = names
                }
            }
            bound = all
        }
    }

    func bind(_ name: String, _ p: Position, _ bound: inout [String]) throws {
        if bound.contains(name) { throw error("multiple assignments to name '\(name)' in pattern", p) }
        bound.append(name)
    }

    /// A capture or wildcard (possibly inside an or-pattern) matches anything,
    /// so later cases could never run.
    static func irrefutable(_ pat: Pattern) -> SyntaxError? {
        switch pat.kind {
        case .matchAs(nil, let name):
            let message = name.map { "name capture '\($0)' makes remaining patterns unreachable" }
                ?? "wildcard makes remaining patterns unreachable"
            return FutureRules.error(message, pat.position)
        case .matchAs(let sub?, _):
            return irrefutable(sub)
        case .matchOr(let ps):
            for p in ps { if let e = irrefutable(p) { return e } }
            return nil
        default:
            return nil
        }
    }
}

/// Whether a function body yields (making an async def an async generator).
enum YieldScan {
    static func contains(_ body: [Stmt]) -> Bool {
        var found = false
        for s in body { visit(s, &found); if found { return true } }
        return found
    }

    private static func visit(_ s: Stmt, _ found: inout Bool) {
        switch s.kind {
        case .functionDef, .classDef: return
        case .expr(let e), .return(let e?): expr(e, &found)
        case .assign(_, let v), .augAssign(_, _, let v): expr(v, &found)
        case .annAssign(_, _, let v?, _): expr(v, &found)
        case .for(_, let iter, let b, let o, _):
            expr(iter, &found)
            for x in b + o { visit(x, &found) }
        case .while(let t, let b, let o), .if(let t, let b, let o):
            expr(t, &found)
            for x in b + o { visit(x, &found) }
        case .with(let items, let b, _):
            for i in items { expr(i.contextExpr, &found) }
            for x in b { visit(x, &found) }
        case .try(let b, let hs, let o, let f, _):
            for x in b + o + f + hs.flatMap(\.body) { visit(x, &found) }
        case .match(let subject, let cases):
            expr(subject, &found)
            for c in cases { for x in c.body { visit(x, &found) } }
        default: return
        }
    }

    private static func expr(_ e: Expr, _ found: inout Bool) {
        if found { return }
        switch e.kind {
        case .yield, .yieldFrom: found = true
        case .lambda, .listComp, .setComp, .dictComp, .generatorExp: return
        default: ExprChildren.forEach(e) { expr($0, &found) }
        }
    }
}

/// Whether a comprehension awaits in its own body (not in nested functions).
enum AwaitScan {
    static func contains(_ comprehension: Expr) -> Bool {
        var found = false
        var first = true
        func visit(_ e: Expr) {
            if found { return }
            switch e.kind {
            case .await: found = true
            case .lambda: return
            case .listComp, .setComp, .dictComp, .generatorExp:
                // Nested comprehensions are scopes of their own.
                if !first { return }
                first = false
                ExprChildren.forEach(e, visit)
            default:
                ExprChildren.forEach(e, visit)
            }
        }
        visit(comprehension)
        return found
    }
}

/// Direct sub-expressions of an expression, in source order.
enum ExprChildren {
    static func forEach(_ e: Expr, _ body: (Expr) -> Void) {
        switch e.kind {
        case .boolOp(_, let vs), .set(let vs), .joinedStr(let vs), .list(let vs, _), .tuple(let vs, _):
            vs.forEach(body)
        case .namedExpr(let t, let v): body(t); body(v)
        case .binOp(let l, _, let r): body(l); body(r)
        case .unaryOp(_, let o), .await(let o), .yieldFrom(let o), .attribute(let o, _, _), .starred(let o, _):
            body(o)
        case .lambda(let a, let b): a.defaults.forEach(body); a.kwDefaults.compactMap { $0 }.forEach(body); body(b)
        case .ifExp(let t, let b, let o): body(t); body(b); body(o)
        case .dict(let ks, let vs): ks.compactMap { $0 }.forEach(body); vs.forEach(body)
        case .listComp(let elt, let gs), .setComp(let elt, let gs), .generatorExp(let elt, let gs):
            for g in gs { body(g.target); body(g.iter); g.ifs.forEach(body) }
            body(elt)
        case .dictComp(let k, let v, let gs):
            for g in gs { body(g.target); body(g.iter); g.ifs.forEach(body) }
            body(k); body(v)
        case .yield(let v): if let v { body(v) }
        case .compare(let l, _, let cs): body(l); cs.forEach(body)
        case .call(let f, let a, let ks): body(f); a.forEach(body); ks.map(\.value).forEach(body)
        case .formattedValue(let v, _, let s): body(v); if let s { body(s) }
        case .subscript(let v, let i, _): body(v); body(i)
        case .slice(let l, let u, let s): [l, u, s].compactMap { $0 }.forEach(body)
        case .constant, .name: break
        }
    }
}
