import TiercelFrontEnd

/// Names (register, cell, global or class-namespace access) and the code
/// blocks nested in this one: functions, lambdas, classes, comprehensions.
extension Compiler {
    enum Access {
        case register(Int)
        case cell(Int)
        case global
        /// The class body's namespace, then globals, then builtins.
        case namespace
    }

    func access(_ id: String) -> Access {
        switch kind {
        case .module:
            return .global
        case .function:
            switch scope.symbols[id]?.scope {
            case .local?: return locals[id].map { .register($0) } ?? .global
            case .cell?, .free?: return locals[id].map { .cell($0) } ?? .global
            default:
                if let r = locals[id] { return .cell(r) }  // the implicit __class__
                return .global
            }
        case .classBody:
            if id == "__class__", let r = locals[id] { return .cell(r) }
            switch scope.symbols[id]?.scope {
            case .globalExplicit?: return .global
            case .free?: return locals[id].map { .cell($0) } ?? .namespace
            default: return .namespace
            }
        }
    }

    /// `__x` inside a class becomes `_Class__x` (not dunders, not dotted names).
    func mangle(_ id: String) -> String {
        guard let cls = privateClass, id.hasPrefix("__"), !id.hasSuffix("__"), !id.contains(".") else { return id }
        let stripped = cls.drop { $0 == "_" }
        return stripped.isEmpty ? id : "_\(stripped)\(id)"
    }

    func loadName(_ name: String) throws -> Int {
        let id = mangle(name)
        switch access(id) {
        case .register(let r):
            if !parameterSet.contains(id) && (!assigned.contains(id) || mayBeDeleted.contains(id)) {
                emit(.checkBound, r, try nameSlot(id))
            }
            return r
        case .cell(let c):
            let r = temp()
            emit(.loadDeref, r, c, try nameSlot(id))
            return r
        case .global:
            let r = temp()
            emit(.loadGlobal, r, try nameSlot(id), cacheSlot())
            return r
        case .namespace:
            let r = temp()
            emit(.loadName, r, try nameSlot(id))
            return r
        }
    }

    func storeName(_ name: String, from r: Int) throws {
        let id = mangle(name)
        switch access(id) {
        case .register(let local):
            if local != r { emit(.move, local, r) }
            if conditionalDepth == 0 { assigned.insert(id) }
        case .cell(let c): emit(.storeDeref, c, r)
        case .global: emit(.storeGlobal, try nameSlot(id), r)
        case .namespace: emit(.storeName, try nameSlot(id), r)
        }
    }

    func deleteName(_ name: String) throws {
        let id = mangle(name)
        switch access(id) {
        case .register(let local): emit(.deleteLocal, local, try nameSlot(id))
        case .cell(let c): emit(.deleteDeref, c, try nameSlot(id))
        case .global: emit(.deleteGlobal, try nameSlot(id))
        case .namespace: emit(.deleteName, try nameSlot(id))
        }
    }

    /// The symbol-table scope of a nested block, matched by name and line in
    /// source order (both passes visit nested blocks in the same order).
    func childScope(_ name: String, line: Int) throws -> Scope {
        guard let child = scope.children.first(where: {
            $0.name == name && $0.line == line && !usedChildren.contains(ObjectIdentifier($0))
        }) else { throw unsupported("this nested block") }
        usedChildren.insert(ObjectIdentifier(child))
        return child
    }

    /// The prefix of qualified names of blocks nested in this one.
    var childQualnamePrefix: String {
        switch kind {
        case .module: return ""
        case .classBody: return isExecBody ? "" : qualname + "."
        case .function: return isComprehension ? qualname + "." : qualname + ".<locals>."
        }
    }

    /// Register layout of a function-like block: parameters in order, then
    /// the other locals, cells and free variables.
    func layOutRegisters(parameters: [String]) {
        for p in parameters {
            locals[p] = temp()
            parameterSet.insert(p)
        }
        for (id, symbol) in scope.symbols.sorted(by: { $0.key < $1.key }) where locals[id] == nil {
            switch symbol.scope {
            case .local, .cell, .free: locals[id] = temp()
            default: break
            }
        }
        if scope.needsClassClosure == false, scope.kind == .function, locals["__class__"] == nil,
           scope.symbols["__class__"]?.scope == .free {
            locals["__class__"] = temp()
        }
    }

    /// Names this block receives from its closure, in closure order.
    /// A class body also passes through the cells its methods close over
    /// when it binds the same name itself (DEF_FREE_CLASS): the class
    /// attribute lives in the namespace, the method sees the outer variable.
    var freeNames: [String] {
        scope.symbols.filter { $0.value.scope == .free || $0.value.flags.contains(.freeClass) }.map(\.key).sorted()
    }

    /// Collects names a block may unbind (`del x`, `except E as x`), which
    /// always need a bound check when read.
    static func unbindableNames(_ statements: [Stmt]) -> Set<String> {
        var names = Set<String>()
        func visit(_ s: Stmt) {
            switch s.kind {
            case .delete(let targets):
                for t in targets { if case .name(let id, _) = t.kind { names.insert(id) } }
            case .try(let b, let handlers, let orelse, let finalbody, _):
                b.forEach(visit)
                for h in handlers {
                    if let n = h.name { names.insert(n) }
                    h.body.forEach(visit)
                }
                orelse.forEach(visit)
                finalbody.forEach(visit)
            case .if(_, let b, let o), .while(_, let b, let o), .for(_, _, let b, let o, _):
                b.forEach(visit)
                o.forEach(visit)
            case .with(_, let b, _):
                b.forEach(visit)
            case .match(_, let cases):
                for c in cases { c.body.forEach(visit) }
            default: break
            }
        }
        statements.forEach(visit)
        return names
    }

    // MARK: - Functions

    func functionDefinition(_ f: FunctionDefinition, _ s: Stmt) throws {
        let r = try makeFunction(name: f.name, args: f.args, line: Int(s.position.line), decorators: f.decorators,
                                 docBody: f.body, returns: f.returns) { c in
            try c.body(f.body)
            let none = c.temp()
            c.emit(.loadConst, none, try c.constant(.none))
            c.emit(.returnValue, none)
        }
        try storeName(f.name, from: r)
    }

    /// Evaluates decorators, defaults and the closure, compiles the body as a
    /// new code block, and leaves the (decorated) function in the returned register.
    func makeFunction(name: String, args a: Arguments, line: Int, decorators: [Expr], docBody: [Stmt]? = nil,
                      returns: Expr? = nil, _ compileBody: (Compiler) throws -> Void) throws -> Int {
        let decoratorRegisters = try decorators.map { d -> Int in
            let r = temp()
            emit(.move, r, try expression(d))
            return r
        }
        let child = try childScope(name == "<lambda>" ? "lambda" : name, line: line)
        let c = Compiler(runtime: runtime, scope: child, fileName: fileName, name: name,
                         qualname: childQualnamePrefix + name, kind: .function)
        c.privateClass = privateClass
        c.futureAnnotations = futureAnnotations
        if let docBody, case .expr(let e)? = docBody.first?.kind, case .constant(let doc, _) = e.kind, case .str = doc {
            c.docString = try c.constantValue(doc)
        }
        let parameters = child.parameters
        c.layOutRegisters(parameters: parameters)
        c.mayBeDeleted = Compiler.unbindableNames(docBody ?? [])
        c.emitEntry()
        let savedPosition = position
        try compileBody(c)
        position = savedPosition
        let code = c.finish(parameterCount: parameters.count)
        c.describeParameters(code, a)
        code.isGenerator = child.isGenerator || child.isCoroutine
        code.coroutineKind = child.isCoroutine ? (child.isGenerator ? 2 : 1) : 0
        code.localRegisters = c.locals.filter { child.symbols[$0.key]?.scope != .free }.map { ($0.value, $0.key) }
            .sorted { $0.0 < $1.0 }
        code.localNames = parameters + child.symbols.filter { $0.value.scope == .local && !parameters.contains($0.key) }.map(\.key).sorted()
        code.freeRegisters = c.freeNames.map { c.locals[$0]! }
        code.freeNames = c.freeNames
        code.firstLine = decorators.first.map { Int($0.position.line) } ?? line
        code.isNested = kind == .function

        var flags = 0
        let first = nextTemp
        if !a.defaults.isEmpty {
            flags |= 1
            let r = temp()
            let items = try arguments(a.defaults)
            emit(.buildTuple, r, items, a.defaults.count)
            nextTemp = r + 1
        }
        if a.kwDefaults.contains(where: { $0 != nil }) {
            flags |= 2
            let r = temp()
            emit(.buildDict, r, r, 0)
            for (arg, d) in zip(a.kwOnlyArgs, a.kwDefaults) {
                guard let d else { continue }
                let mark = nextTemp
                let key = temp()
                emit(.loadConst, key, try constant(try runtime.intern(arg.name)))
                emit(.storeSubscript, r, key, try expression(d))
                nextTemp = mark
            }
        }
        let free = c.freeNames
        var annotationsRegister: Int? = nil
        var entries: [(String, Expr)] = []
        if !futureAnnotations {
            for arg in a.posOnlyArgs + a.args { if let e = arg.annotation { entries.append((arg.name, e)) } }
            if let v = a.vararg, let e = v.annotation { entries.append((v.name, e)) }
            for arg in a.kwOnlyArgs { if let e = arg.annotation { entries.append((arg.name, e)) } }
            if let v = a.kwarg, let e = v.annotation { entries.append((v.name, e)) }
            if let returns { entries.append(("return", returns)) }
        }
        if try closureTuple(free) { flags |= 4 }
        if !entries.isEmpty {
            // Annotations are evaluated when the function is defined, in
            // parameter order, then `return` (flag 8).
            flags |= 8
            let r = temp()
            emit(.buildDict, r, r, 0)
            for (name, e) in entries {
                let mark = nextTemp
                let key = temp()
                emit(.loadConst, key, try constant(try runtime.intern(name)))
                emit(.storeSubscript, r, key, try expression(e))
                nextTemp = mark
            }
            annotationsRegister = r
        }
        _ = annotationsRegister
        let f = temp()
        emit(.makeFunction, f, try constant(Value(uncheckedSmallInt: Int64(code.index))), flags == 0 ? f : first, flags)
        var result = f
        for d in decoratorRegisters.reversed() {
            let r = temp()
            emit(.call, r, d, result, 1)
            result = r
        }
        return result
    }

    /// For a nested block with free variables: the tuple of this block's
    /// cells for them, in the next register (MAKE_FUNCTION's closure).
    /// Returns whether there was one.
    func closureTuple(_ free: [String]) throws -> Bool {
        guard !free.isEmpty else { return false }
        let r = temp()
        let cells = temps(free.count)
        for (i, n) in free.enumerated() {
            if case .cell(let reg) = access(n) {
                emit(.move, cells + i, reg)
            } else if kind == .classBody, let reg = locals[n] {
                emit(.move, cells + i, reg)
            } else {
                throw unsupported("closure over '\(n)'")
            }
        }
        emit(.buildTuple, r, cells, free.count)
        nextTemp = r + 1
        return true
    }

    /// Cells are made at entry by the frame setup (see CodeBlock.cellRegisters).
    func emitEntry() {
        var cells: [Int] = []
        for (id, symbol) in scope.symbols where symbol.scope == .cell {
            if let r = locals[id] { cells.append(r) }
        }
        cellRegistersPending = cells.sorted()
    }

    func describeParameters(_ code: CodeBlock, _ a: Arguments) {
        code.parameterNames = scope.parameters
        code.parameterNameValues = scope.parameters.map { (try? runtime.intern($0)) ?? .none }
        code.argCount = a.posOnlyArgs.count + a.args.count
        code.posOnlyCount = a.posOnlyArgs.count
        code.kwOnlyCount = a.kwOnlyArgs.count
        code.hasVarargs = a.vararg != nil
        code.hasVarkw = a.kwarg != nil
        code.cellRegisters = cellRegistersPending
    }

    // MARK: - Classes

    func classDefinition(_ cls: ClassDefinition, _ s: Stmt) throws {
        let decoratorRegisters = try cls.decorators.map { d -> Int in
            let r = temp()
            emit(.move, r, try expression(d))
            return r
        }
        let child = try childScope(cls.name, line: Int(s.position.line))
        let c = Compiler(runtime: runtime, scope: child, fileName: fileName, name: cls.name,
                         qualname: childQualnamePrefix + cls.name, kind: .classBody)
        c.privateClass = cls.name
        c.futureAnnotations = futureAnnotations
        // Register 0 is the namespace; then free variables and the __class__ cell.
        let namespace = c.temp()
        for n in c.freeNames { c.locals[n] = c.temp() }
        if child.needsClassClosure {
            let cell = c.temp()
            c.locals["__class__"] = cell
            c.cellRegistersPending = [cell]
        }
        let savedPosition = position
        c.at(s.position)
        let t = c.temp()
        c.emit(.loadGlobal, t, try c.nameSlot("__name__"), c.cacheSlot())
        c.emit(.storeName, try c.nameSlot("__module__"), t)
        c.emit(.loadConst, t, try c.constant(try runtime.intern(c.qualname)))
        c.emit(.storeName, try c.nameSlot("__qualname__"), t)
        if case .expr(let e)? = cls.body.first?.kind, case .constant(.str(let doc), _) = e.kind {
            c.emit(.loadConst, t, try c.constant(try runtime.intern(doc)))
            c.emit(.storeName, try c.nameSlot("__doc__"), t)
        }
        c.nextTemp = t
        try c.setUpAnnotations(cls.body)
        try c.body(cls.body)
        if let cell = c.locals["__class__"], child.needsClassClosure {
            c.emit(.storeName, try c.nameSlot("__classcell__"), cell)
        }
        let none = c.temp()
        c.emit(.loadConst, none, try c.constant(.none))
        c.emit(.returnValue, none)
        position = savedPosition
        let code = c.finish(parameterCount: 1)
        code.parameterNames = ["<namespace>"]
        code.parameterNameValues = [try runtime.intern("<namespace>")]
        code.argCount = 1
        code.cellRegisters = c.cellRegistersPending
        code.freeRegisters = c.freeNames.map { c.locals[$0]! }
        code.freeNames = c.freeNames
        code.firstLine = cls.decorators.first.map { Int($0.position.line) } ?? Int(s.position.line)
        code.isClassBody = true
        _ = namespace

        // __build_class__(body, name, *bases, **keywords)
        let free = c.freeNames
        var flags = 0
        let first = nextTemp
        if try closureTuple(free) { flags = 4 }
        let builder = temp()
        emit(.loadBuildClass, builder)
        let bases = Array(cls.bases)
        if bases.contains(where: { if case .starred = $0.kind { return true } else { return false } })
            || cls.keywords.contains(where: { $0.arg == nil }) {
            throw unsupported("'*' or '**' in class bases")
        }
        let values = bases + cls.keywords.map(\.value)
        let args = temps(2 + values.count)
        emit(.makeFunction, args, try constant(Value(uncheckedSmallInt: Int64(code.index))), flags == 0 ? args : first, flags)
        emit(.loadConst, args + 1, try constant(try runtime.intern(cls.name)))
        for (i, v) in values.enumerated() {
            let r = try expression(v)
            if r != args + 2 + i { emit(.move, args + 2 + i, r) }
        }
        let result = temp()
        at(s.position)
        if cls.keywords.isEmpty {
            emit(.call, result, builder, args, 2 + bases.count)
        } else {
            var names: [Value] = []
            for k in cls.keywords { names.append(try runtime.intern(k.arg!)) }
            emit(.callKeywords, result, builder, args, 2 + bases.count + cls.keywords.count,
                 try constant(try runtime.tuple(names)))
        }
        var decorated = result
        for d in decoratorRegisters.reversed() {
            let r = temp()
            emit(.call, r, d, decorated, 1)
            decorated = r
        }
        try storeName(cls.name, from: decorated)
    }

    // MARK: - Comprehensions

    /// A list or dict comprehension: a nested function taking the outermost
    /// iterator, as in CPython, so its loop variables stay local to it.
    func comprehension(_ e: Expr, _ name: String, _ generators: [Comprehension],
                       _ element: (Compiler, Int) throws -> Void) throws -> Int {
        if generators.contains(where: \.isAsync) {
            try raiseNotSupported("asynchronous comprehensions")
            let r = temp()
            emit(.loadConst, r, try constant(.none))
            return r
        }
        let outer = try expression(generators[0].iter)
        let iterator = temp()
        emit(.getIter, iterator, outer)
        let child = try childScope(name, line: Int(e.position.line))
        let c = Compiler(runtime: runtime, scope: child, fileName: fileName, name: "<\(name)>",
                         qualname: childQualnamePrefix + "<\(name)>", kind: .function)
        c.isComprehension = true
        c.privateClass = privateClass
        c.layOutRegisters(parameters: [".0"])
        c.emitEntry()
        c.at(e.position)
        let result = c.temp()
        switch name {
        case "dictcomp": c.emit(.buildDict, result, result, 0)
        case "genexpr": c.emit(.loadConst, result, try c.constant(.none))
        case "setcomp": c.emit(.buildSet, result, result, 0)
        default: c.emit(.buildList, result, result, 0)
        }
        func loop(_ k: Int, _ source: Int) throws {
            let g = generators[k]
            let it: Int
            if k == 0 {
                it = source
            } else {
                it = c.temp()
                c.emit(.getIter, it, try c.expression(g.iter))
            }
            let item = c.temp()
            let start = c.emit(.forIter, item, it, 0)
            c.conditionalDepth += 1
            try c.store(g.target, from: item)
            var skips: [Int] = []
            for cond in g.ifs {
                let mark = c.nextTemp
                skips.append(c.emit(.jumpIfFalse, try c.expression(cond), 0))
                c.nextTemp = mark
            }
            if k + 1 < generators.count {
                try loop(k + 1, -1)
            } else {
                let mark = c.nextTemp
                try element(c, result)
                c.nextTemp = mark
            }
            for s in skips { c.patch(s, operand: 1) }
            c.conditionalDepth -= 1
            c.emit(.jump, start)
            c.patch(start, operand: 2)
        }
        try loop(0, c.locals[".0"]!)
        c.emit(.returnValue, result)
        let code = c.finish(parameterCount: 1)
        let a = Arguments()
        a.args = [Arg(name: ".0", annotation: nil, position: e.position)]
        c.describeParameters(code, a)
        code.isGenerator = name == "genexpr"
        code.freeRegisters = c.freeNames.map { c.locals[$0]! }
        code.freeNames = c.freeNames
        code.firstLine = Int(e.position.line)
        code.isNested = kind == .function
        code.localNames = [".0"] + child.symbols.filter { $0.value.scope == .local && $0.key != ".0" }.map(\.key).sorted()
        code.localRegisters = c.locals.filter { child.symbols[$0.key]?.scope != .free }.map { ($0.value, $0.key) }
            .sorted { $0.0 < $1.0 }
        at(e.position)
        let free = c.freeNames
        var flags = 0
        let first = nextTemp
        if try closureTuple(free) { flags = 4 }
        let f = temp()
        emit(.makeFunction, f, try constant(Value(uncheckedSmallInt: Int64(code.index))), flags == 0 ? f : first, flags)
        let arg = temp()
        emit(.move, arg, iterator)
        let r = temp()
        emit(.call, r, f, arg, 1)
        return r
    }
}
