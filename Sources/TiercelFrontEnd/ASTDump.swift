/// Renders a tree exactly as CPython 3.11's `ast.dump(tree)` does (or with
/// `include_attributes=True`): fields in ASDL order, optional fields omitted
/// when absent, lists always shown.
public struct ASTDumper {
    public var includeAttributes: Bool
    private var out = ""

    public init(includeAttributes: Bool = false) {
        self.includeAttributes = includeAttributes
    }

    public static func dump(_ module: Module, includeAttributes: Bool = false) -> String {
        var d = ASTDumper(includeAttributes: includeAttributes)
        d.out.reserveCapacity(1 << 16)
        d.out += "Module(body="
        d.stmts(module.body)
        d.out += ", type_ignores=[])"
        return d.out
    }

    // MARK: - Plumbing

    private mutating func open(_ name: String) {
        out += name
        out += "("
    }

    private mutating func close(_ p: Position?) {
        if includeAttributes, let p {
            out += ", lineno=\(p.line), col_offset=\(p.col), end_lineno=\(p.endLine), end_col_offset=\(p.endCol)"
        }
        out += ")"
    }

    /// Closes a node whose last printed thing may be nothing (no fields).
    private mutating func closeEmpty(_ p: Position?) {
        if includeAttributes, let p {
            out += "lineno=\(p.line), col_offset=\(p.col), end_lineno=\(p.endLine), end_col_offset=\(p.endCol)"
        }
        out += ")"
    }

    private mutating func field(_ name: String) {
        out += ", "
        out += name
        out += "="
    }

    private mutating func firstField(_ name: String) {
        out += name
        out += "="
    }

    private mutating func list<T>(_ items: [T], _ each: (inout ASTDumper, T) -> Void) {
        out += "["
        var first = true
        for item in items {
            if !first { out += ", " }
            first = false
            each(&self, item)
        }
        out += "]"
    }

    private mutating func stmts(_ s: [Stmt]) { list(s) { $0.stmt($1) } }
    private mutating func exprs(_ e: [Expr]) { list(e) { $0.expr($1) } }
    private mutating func names(_ n: [String]) { list(n) { $0.out += PythonRepr.string($1) } }
    private mutating func str(_ s: String) { out += PythonRepr.string(s) }

    private mutating func ctx(_ c: ExprContext) {
        switch c {
        case .load: out += "Load()"
        case .store: out += "Store()"
        case .del: out += "Del()"
        }
    }

    // MARK: - Statements

    private mutating func stmt(_ s: Stmt) {
        let p = s.position
        switch s.kind {
        case .functionDef(let f):
            open(f.isAsync ? "AsyncFunctionDef" : "FunctionDef")
            firstField("name"); str(f.name)
            field("args"); arguments(f.args)
            field("body"); stmts(f.body)
            field("decorator_list"); exprs(f.decorators)
            if let r = f.returns { field("returns"); expr(r) }
            close(p)
        case .classDef(let c):
            open("ClassDef")
            firstField("name"); str(c.name)
            field("bases"); exprs(c.bases)
            field("keywords"); list(c.keywords) { $0.keyword($1) }
            field("body"); stmts(c.body)
            field("decorator_list"); exprs(c.decorators)
            close(p)
        case .return(let v):
            open("Return")
            if let v { firstField("value"); expr(v); close(p) } else { closeEmpty(p) }
        case .delete(let targets):
            open("Delete"); firstField("targets"); exprs(targets); close(p)
        case .assign(let targets, let value):
            open("Assign"); firstField("targets"); exprs(targets)
            field("value"); expr(value); close(p)
        case .augAssign(let target, let op, let value):
            open("AugAssign"); firstField("target"); expr(target)
            field("op"); binop(op)
            field("value"); expr(value); close(p)
        case .annAssign(let target, let annotation, let value, let simple):
            open("AnnAssign"); firstField("target"); expr(target)
            field("annotation"); expr(annotation)
            if let value { field("value"); expr(value) }
            field("simple"); out += simple ? "1" : "0"
            close(p)
        case .for(let target, let iter, let body, let orelse, let isAsync):
            open(isAsync ? "AsyncFor" : "For"); firstField("target"); expr(target)
            field("iter"); expr(iter)
            field("body"); stmts(body)
            field("orelse"); stmts(orelse); close(p)
        case .while(let test, let body, let orelse):
            open("While"); firstField("test"); expr(test)
            field("body"); stmts(body)
            field("orelse"); stmts(orelse); close(p)
        case .if(let test, let body, let orelse):
            open("If"); firstField("test"); expr(test)
            field("body"); stmts(body)
            field("orelse"); stmts(orelse); close(p)
        case .with(let items, let body, let isAsync):
            open(isAsync ? "AsyncWith" : "With")
            firstField("items"); list(items) { $0.withItem($1) }
            field("body"); stmts(body); close(p)
        case .match(let subject, let cases):
            open("Match"); firstField("subject"); expr(subject)
            field("cases"); list(cases) { $0.matchCase($1) }; close(p)
        case .raise(let exc, let cause):
            open("Raise")
            var first = true
            if let exc { firstField("exc"); expr(exc); first = false }
            if let cause {
                if first { firstField("cause") } else { field("cause") }
                expr(cause)
                first = false
            }
            if first { closeEmpty(p) } else { close(p) }
        case .try(let body, let handlers, let orelse, let finalbody, let isStar):
            open(isStar ? "TryStar" : "Try"); firstField("body"); stmts(body)
            field("handlers"); list(handlers) { $0.handler($1) }
            field("orelse"); stmts(orelse)
            field("finalbody"); stmts(finalbody); close(p)
        case .assert(let test, let msg):
            open("Assert"); firstField("test"); expr(test)
            if let msg { field("msg"); expr(msg) }
            close(p)
        case .import(let names):
            open("Import"); firstField("names"); list(names) { $0.alias($1) }; close(p)
        case .importFrom(let module, let names, let level):
            open("ImportFrom")
            if let module { firstField("module"); str(module); field("names") } else { firstField("names") }
            list(names) { $0.alias($1) }
            field("level"); out += String(level)
            close(p)
        case .global(let n):
            open("Global"); firstField("names"); names(n); close(p)
        case .nonlocal(let n):
            open("Nonlocal"); firstField("names"); names(n); close(p)
        case .expr(let e):
            open("Expr"); firstField("value"); expr(e); close(p)
        case .pass:
            open("Pass"); closeEmpty(p)
        case .break:
            open("Break"); closeEmpty(p)
        case .continue:
            open("Continue"); closeEmpty(p)
        }
    }

    private mutating func arguments(_ a: Arguments) {
        open("arguments")
        firstField("posonlyargs"); list(a.posOnlyArgs) { $0.arg($1) }
        field("args"); list(a.args) { $0.arg($1) }
        if let v = a.vararg { field("vararg"); arg(v) }
        field("kwonlyargs"); list(a.kwOnlyArgs) { $0.arg($1) }
        field("kw_defaults"); list(a.kwDefaults) { d, e in
            if let e { d.expr(e) } else { d.out += "None" }
        }
        if let k = a.kwarg { field("kwarg"); arg(k) }
        field("defaults"); exprs(a.defaults)
        close(nil)
    }

    private mutating func arg(_ a: Arg) {
        open("arg"); firstField("arg"); str(a.name)
        if let ann = a.annotation { field("annotation"); expr(ann) }
        close(a.position)
    }

    private mutating func keyword(_ k: Keyword) {
        open("keyword")
        if let a = k.arg { firstField("arg"); str(a); field("value") } else { firstField("value") }
        expr(k.value)
        close(k.position)
    }

    private mutating func alias(_ a: Alias) {
        open("alias"); firstField("name"); str(a.name)
        if let n = a.asName { field("asname"); str(n) }
        close(a.position)
    }

    private mutating func withItem(_ w: WithItem) {
        open("withitem"); firstField("context_expr"); expr(w.contextExpr)
        if let v = w.optionalVars { field("optional_vars"); expr(v) }
        close(nil)
    }

    private mutating func handler(_ h: ExceptHandler) {
        open("ExceptHandler")
        var first = true
        if let t = h.type { firstField("type"); expr(t); first = false }
        if let n = h.name {
            if first { firstField("name") } else { field("name") }
            str(n)
            first = false
        }
        if first { firstField("body") } else { field("body") }
        stmts(h.body)
        close(h.position)
    }

    private mutating func matchCase(_ c: MatchCase) {
        open("match_case"); firstField("pattern"); pattern(c.pattern)
        if let g = c.guardExpr { field("guard"); expr(g) }
        field("body"); stmts(c.body)
        close(nil)
    }

    private mutating func pattern(_ pat: Pattern) {
        let p = pat.position
        switch pat.kind {
        case .matchValue(let v):
            open("MatchValue"); firstField("value"); expr(v); close(p)
        case .matchSingleton(let v):
            open("MatchSingleton"); firstField("value"); constant(v); close(p)
        case .matchSequence(let ps):
            open("MatchSequence"); firstField("patterns"); list(ps) { $0.pattern($1) }; close(p)
        case .matchMapping(let keys, let ps, let rest):
            open("MatchMapping"); firstField("keys"); exprs(keys)
            field("patterns"); list(ps) { $0.pattern($1) }
            if let rest { field("rest"); str(rest) }
            close(p)
        case .matchClass(let cls, let ps, let attrs, let kps):
            open("MatchClass"); firstField("cls"); expr(cls)
            field("patterns"); list(ps) { $0.pattern($1) }
            field("kwd_attrs"); names(attrs)
            field("kwd_patterns"); list(kps) { $0.pattern($1) }
            close(p)
        case .matchStar(let n):
            open("MatchStar")
            if let n { firstField("name"); str(n); close(p) } else { closeEmpty(p) }
        case .matchAs(let sub, let n):
            open("MatchAs")
            var first = true
            if let sub { firstField("pattern"); pattern(sub); first = false }
            if let n {
                if first { firstField("name") } else { field("name") }
                str(n)
                first = false
            }
            if first { closeEmpty(p) } else { close(p) }
        case .matchOr(let ps):
            open("MatchOr"); firstField("patterns"); list(ps) { $0.pattern($1) }; close(p)
        }
    }

    // MARK: - Expressions

    private mutating func expr(_ e: Expr) {
        let p = e.position
        switch e.kind {
        case .boolOp(let op, let values):
            open("BoolOp"); firstField("op"); out += op == .and ? "And()" : "Or()"
            field("values"); exprs(values); close(p)
        case .namedExpr(let target, let value):
            open("NamedExpr"); firstField("target"); expr(target)
            field("value"); expr(value); close(p)
        case .binOp(let l, let op, let r):
            open("BinOp"); firstField("left"); expr(l)
            field("op"); binop(op)
            field("right"); expr(r); close(p)
        case .unaryOp(let op, let operand):
            open("UnaryOp"); firstField("op")
            switch op {
            case .invert: out += "Invert()"
            case .not: out += "Not()"
            case .uAdd: out += "UAdd()"
            case .uSub: out += "USub()"
            }
            field("operand"); expr(operand); close(p)
        case .lambda(let args, let body):
            open("Lambda"); firstField("args"); arguments(args)
            field("body"); expr(body); close(p)
        case .ifExp(let test, let body, let orelse):
            open("IfExp"); firstField("test"); expr(test)
            field("body"); expr(body)
            field("orelse"); expr(orelse); close(p)
        case .dict(let keys, let values):
            open("Dict"); firstField("keys")
            list(keys) { d, k in if let k { d.expr(k) } else { d.out += "None" } }
            field("values"); exprs(values); close(p)
        case .set(let elts):
            open("Set"); firstField("elts"); exprs(elts); close(p)
        case .listComp(let elt, let gens):
            open("ListComp"); firstField("elt"); expr(elt)
            field("generators"); comprehensions(gens); close(p)
        case .setComp(let elt, let gens):
            open("SetComp"); firstField("elt"); expr(elt)
            field("generators"); comprehensions(gens); close(p)
        case .dictComp(let key, let value, let gens):
            open("DictComp"); firstField("key"); expr(key)
            field("value"); expr(value)
            field("generators"); comprehensions(gens); close(p)
        case .generatorExp(let elt, let gens):
            open("GeneratorExp"); firstField("elt"); expr(elt)
            field("generators"); comprehensions(gens); close(p)
        case .await(let v):
            open("Await"); firstField("value"); expr(v); close(p)
        case .yield(let v):
            open("Yield")
            if let v { firstField("value"); expr(v); close(p) } else { closeEmpty(p) }
        case .yieldFrom(let v):
            open("YieldFrom"); firstField("value"); expr(v); close(p)
        case .compare(let left, let ops, let comparators):
            open("Compare"); firstField("left"); expr(left)
            field("ops"); list(ops) { d, op in d.cmpop(op) }
            field("comparators"); exprs(comparators); close(p)
        case .call(let f, let args, let keywords):
            open("Call"); firstField("func"); expr(f)
            field("args"); exprs(args)
            field("keywords"); list(keywords) { $0.keyword($1) }; close(p)
        case .formattedValue(let v, let conversion, let spec):
            open("FormattedValue"); firstField("value"); expr(v)
            field("conversion"); out += String(conversion)
            if let spec { field("format_spec"); expr(spec) }
            close(p)
        case .joinedStr(let values):
            open("JoinedStr"); firstField("values"); exprs(values); close(p)
        case .constant(let v, let kind):
            open("Constant"); firstField("value"); constant(v)
            if let kind { field("kind"); str(kind) }
            close(p)
        case .attribute(let v, let attr, let c):
            open("Attribute"); firstField("value"); expr(v)
            field("attr"); str(attr)
            field("ctx"); ctx(c); close(p)
        case .subscript(let v, let index, let c):
            open("Subscript"); firstField("value"); expr(v)
            field("slice"); expr(index)
            field("ctx"); ctx(c); close(p)
        case .starred(let v, let c):
            open("Starred"); firstField("value"); expr(v)
            field("ctx"); ctx(c); close(p)
        case .name(let id, let c):
            open("Name"); firstField("id"); str(id)
            field("ctx"); ctx(c); close(p)
        case .list(let elts, let c):
            open("List"); firstField("elts"); exprs(elts)
            field("ctx"); ctx(c); close(p)
        case .tuple(let elts, let c):
            open("Tuple"); firstField("elts"); exprs(elts)
            field("ctx"); ctx(c); close(p)
        case .slice(let lower, let upper, let step):
            open("Slice")
            var first = true
            for (name, value) in [("lower", lower), ("upper", upper), ("step", step)] {
                guard let value else { continue }
                if first { firstField(name) } else { field(name) }
                expr(value)
                first = false
            }
            if first { closeEmpty(p) } else { close(p) }
        }
    }

    private mutating func comprehensions(_ gens: [Comprehension]) {
        list(gens) { d, g in
            d.open("comprehension"); d.firstField("target"); d.expr(g.target)
            d.field("iter"); d.expr(g.iter)
            d.field("ifs"); d.exprs(g.ifs)
            d.field("is_async"); d.out += g.isAsync ? "1" : "0"
            d.close(nil)
        }
    }

    private mutating func constant(_ v: ConstantValue) {
        switch v {
        case .none: out += "None"
        case .ellipsis: out += "Ellipsis"
        case .bool(let b): out += b ? "True" : "False"
        case .int(let i): out += String(i)
        case .bigInt(let s): out += s
        case .float(let d): out += PythonRepr.float(d)
        case .imaginary(let d): out += PythonRepr.imaginary(d)
        case .str(let s): out += PythonRepr.string(s)
        case .strCodePoints(let c): out += PythonRepr.codePoints(c)
        case .bytes(let b): out += PythonRepr.bytes(b)
        }
    }

    private mutating func binop(_ op: BinaryOperator) {
        switch op {
        case .add: out += "Add()"
        case .sub: out += "Sub()"
        case .mult: out += "Mult()"
        case .matMult: out += "MatMult()"
        case .div: out += "Div()"
        case .mod: out += "Mod()"
        case .pow: out += "Pow()"
        case .lShift: out += "LShift()"
        case .rShift: out += "RShift()"
        case .bitOr: out += "BitOr()"
        case .bitXor: out += "BitXor()"
        case .bitAnd: out += "BitAnd()"
        case .floorDiv: out += "FloorDiv()"
        }
    }

    private mutating func cmpop(_ op: CompareOperator) {
        switch op {
        case .eq: out += "Eq()"
        case .notEq: out += "NotEq()"
        case .lt: out += "Lt()"
        case .ltE: out += "LtE()"
        case .gt: out += "Gt()"
        case .gtE: out += "GtE()"
        case .is: out += "Is()"
        case .isNot: out += "IsNot()"
        case .in: out += "In()"
        case .notIn: out += "NotIn()"
        }
    }
}
