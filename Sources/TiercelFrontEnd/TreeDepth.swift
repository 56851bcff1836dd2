/// How deeply AST nodes nest. CPython refuses trees deeper than its C
/// recursion budget when it turns them into Python objects (ast.parse) or
/// compiles them; tiercel applies the same bound so both accept the same files.
public enum TreeDepth {
    /// A 2,988-deep attribute chain (`x.a.a...`) is the deepest ast.parse builds:
    /// Module, Expr, 2,988 Attributes and a Name make 2,991 nested nodes.
    public static let limit = 2991

    public static func exceeds(_ module: Module, limit: Int = TreeDepth.limit) -> Bool {
        var walker = Walker(limit: limit)
        for s in module.body where walker.stmt(s, 2) { return true }
        return false
    }

    private struct Walker {
        let limit: Int

        func stmts(_ ss: [Stmt], _ d: Int) -> Bool { ss.contains { stmt($0, d) } }
        func exprs(_ es: [Expr], _ d: Int) -> Bool { es.contains { expr($0, d) } }
        func opt(_ e: Expr?, _ d: Int) -> Bool { e.map { expr($0, d) } ?? false }

        func args(_ a: Arguments, _ d: Int) -> Bool {
            if d > limit { return true }
            let all = a.posOnlyArgs + a.args + a.kwOnlyArgs + [a.vararg, a.kwarg].compactMap { $0 }
            return all.contains { d + 1 > limit || opt($0.annotation, d + 2) }
                || exprs(a.defaults, d + 1) || a.kwDefaults.contains { opt($0, d + 1) }
        }

        func comps(_ gs: [Comprehension], _ d: Int) -> Bool {
            gs.contains { d > limit || expr($0.target, d + 1) || expr($0.iter, d + 1) || exprs($0.ifs, d + 1) }
        }

        func stmt(_ s: Stmt, _ d: Int) -> Bool {
            if d > limit { return true }
            let n = d + 1
            switch s.kind {
            case .functionDef(let f):
                return args(f.args, n) || stmts(f.body, n) || exprs(f.decorators, n) || opt(f.returns, n)
            case .classDef(let c):
                return exprs(c.bases, n) || c.keywords.contains { n > limit || expr($0.value, n + 1) }
                    || stmts(c.body, n) || exprs(c.decorators, n)
            case .return(let v): return opt(v, n)
            case .delete(let ts): return exprs(ts, n)
            case .assign(let ts, let v): return exprs(ts, n) || expr(v, n)
            case .augAssign(let t, _, let v): return expr(t, n) || expr(v, n)
            case .annAssign(let t, let a, let v, _): return expr(t, n) || expr(a, n) || opt(v, n)
            case .for(let t, let i, let b, let o, _): return expr(t, n) || expr(i, n) || stmts(b, n) || stmts(o, n)
            case .while(let t, let b, let o), .if(let t, let b, let o): return expr(t, n) || stmts(b, n) || stmts(o, n)
            case .with(let items, let b, _):
                return items.contains { n > limit || expr($0.contextExpr, n + 1) || opt($0.optionalVars, n + 1) }
                    || stmts(b, n)
            case .match(let subject, let cases):
                return expr(subject, n) || cases.contains {
                    n > limit || pattern($0.pattern, n + 1) || opt($0.guardExpr, n + 1) || stmts($0.body, n + 1)
                }
            case .raise(let e, let c): return opt(e, n) || opt(c, n)
            case .try(let b, let hs, let o, let f, _):
                return stmts(b, n) || hs.contains { n > limit || opt($0.type, n + 1) || stmts($0.body, n + 1) }
                    || stmts(o, n) || stmts(f, n)
            case .assert(let t, let m): return expr(t, n) || opt(m, n)
            case .import, .importFrom, .global, .nonlocal, .pass, .break, .continue: return n > limit
            case .expr(let e): return expr(e, n)
            }
        }

        func pattern(_ p: Pattern, _ d: Int) -> Bool {
            if d > limit { return true }
            let n = d + 1
            switch p.kind {
            case .matchValue(let e): return expr(e, n)
            case .matchSingleton, .matchStar: return false
            case .matchSequence(let ps), .matchOr(let ps): return ps.contains { pattern($0, n) }
            case .matchMapping(let ks, let ps, _): return exprs(ks, n) || ps.contains { pattern($0, n) }
            case .matchClass(let c, let ps, _, let kps):
                return expr(c, n) || ps.contains { pattern($0, n) } || kps.contains { pattern($0, n) }
            case .matchAs(let sub, _): return sub.map { pattern($0, n) } ?? false
            }
        }

        func expr(_ e: Expr, _ d: Int) -> Bool {
            if d > limit { return true }
            let n = d + 1
            switch e.kind {
            case .boolOp(_, let vs), .set(let vs), .joinedStr(let vs): return exprs(vs, n)
            case .namedExpr(let t, let v): return expr(t, n) || expr(v, n)
            case .binOp(let l, _, let r): return expr(l, n) || expr(r, n)
            case .unaryOp(_, let o): return expr(o, n)
            case .lambda(let a, let b): return args(a, n) || expr(b, n)
            case .ifExp(let t, let b, let o): return expr(t, n) || expr(b, n) || expr(o, n)
            case .dict(let ks, let vs): return ks.contains { opt($0, n) } || exprs(vs, n)
            case .listComp(let elt, let gs), .setComp(let elt, let gs), .generatorExp(let elt, let gs):
                return expr(elt, n) || comps(gs, n)
            case .dictComp(let k, let v, let gs): return expr(k, n) || expr(v, n) || comps(gs, n)
            case .await(let v), .yieldFrom(let v): return expr(v, n)
            case .yield(let v): return opt(v, n)
            case .compare(let l, _, let cs): return expr(l, n) || exprs(cs, n)
            case .call(let f, let a, let ks):
                return expr(f, n) || exprs(a, n) || ks.contains { n > limit || expr($0.value, n + 1) }
            case .formattedValue(let v, _, let s): return expr(v, n) || opt(s, n)
            case .constant, .name: return false
            case .attribute(let v, _, _), .starred(let v, _): return expr(v, n)
            case .subscript(let v, let i, _): return expr(v, n) || expr(i, n)
            case .list(let es, _), .tuple(let es, _): return exprs(es, n)
            case .slice(let l, let u, let s): return opt(l, n) || opt(u, n) || opt(s, n)
            }
        }
    }
}
