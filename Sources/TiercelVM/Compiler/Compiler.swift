import TiercelFrontEnd

/// A construct the compiler cannot translate yet. Reported to the user with
/// the construct's name, never skipped silently.
public struct CompileError: Error {
    public var message: String
}

/// Translates the AST into register bytecode, one CodeBlock per module,
/// function, class body, lambda or comprehension. Locals live in registers
/// named by the symbol table; temporaries are allocated above them in stack
/// order. Statements are in this file; expressions, names and nested code
/// blocks in the Compiler+*.swift files.
final class Compiler {
    enum Kind { case module, function, classBody }

    let runtime: Runtime
    let scope: Scope
    let fileName: String
    let name: String
    let kind: Kind
    /// This block's qualified name (`A.f`, `g.<locals>.h`).
    let qualname: String
    var words: [UInt32] = []
    var positions: [Position32] = []
    var constants: [Value] = []
    var names: [Value] = []
    var nameIndex: [String: Int] = [:]
    var feedbackCount = 0
    var cacheCount = 0
    /// Registers of local, cell and free names.
    var locals: [String: Int] = [:]
    var parameterSet: Set<String> = []
    /// Locals certainly bound at the current point (no CHECK_BOUND needed).
    var assigned: Set<String> = []
    /// Locals that `del` or `except ... as` may unbind: always checked.
    var mayBeDeleted: Set<String> = []
    /// Nesting of conditional code; assignments inside do not count as certain.
    var conditionalDepth = 0
    var nextTemp = 0
    var maxRegisters = 0
    var position = Position32.none
    var usedChildren: Set<ObjectIdentifier> = []
    var exceptionTable: [(start: Int, end: Int, handler: Int, register: Int)] = []
    var handlerRegions: [(start: Int, end: Int, register: Int)] = []
    /// Registers holding the exception of each enclosing `except` block (for bare `raise`).
    var handledExceptions: [Int] = []
    /// Compiling exec()/eval() code: a class-body-like block at module level.
    var isExecBody = false
    /// For the register of an except* clause's match: the list its bare re-raises go to.
    var starReraises: [Int: Int] = [:]
    /// What `return`, `break` and `continue` must run on their way out.
    var unwindStack: [Unwind] = []
    var docString: Value = .none
    /// `from __future__ import annotations`: annotations stay unevaluated.
    var futureAnnotations = false
    /// Comprehension blocks add no `.<locals>` to the qualified names inside them.
    var isComprehension = false
    /// The innermost enclosing class, whose name private names (`__x`) are
    /// mangled with (`_C__x`), as the symbol table already did.
    var privateClass: String?
    /// Registers this block wraps in cells on entry (see CodeBlock.cellRegisters).
    var cellRegistersPending: [Int] = []

    /// A construct with cleanup on exit: a protected range that an exit
    /// splits (so the cleanup code it runs is not protected by itself).
    final class Protected {
        var segments: [(Int, Int)] = []
        var openSince: Int
        init(_ start: Int) { openSince = start }
    }

    enum Unwind {
        /// A loop: where `continue` goes, and the `break` jumps to patch.
        case loop(start: Int, breaks: [Int])
        case finally(Protected, [Stmt])
        case with(Protected, exit: Int)
        case handler(Protected?)
    }

    init(runtime: Runtime, scope: Scope, fileName: String, name: String, qualname: String, kind: Kind) {
        self.runtime = runtime
        self.scope = scope
        self.fileName = fileName
        self.name = name
        self.qualname = qualname
        self.kind = kind
    }

    /// A module's docstring is its `__doc__`, stored before the first statement runs.
    func storeDocstring(_ body: [Stmt]) throws {
        guard let first = body.first, case .expr(let e) = first.kind, case .constant(.str(let doc), _) = e.kind else { return }
        at(first.position)
        let t = temp()
        emit(.loadConst, t, try constant(try runtime.intern(doc)))
        emit(kind == .module ? .storeGlobal : .storeName, try nameSlot("__doc__"), t)
        nextTemp = t
    }

    static func compileModule(_ module: Module, symbols: SymbolTable, source: Source, runtime: Runtime) throws -> CodeBlock {
        let c = Compiler(runtime: runtime, scope: symbols.top, fileName: source.fileName, name: "<module>",
                         qualname: "<module>", kind: .module)
        c.futureAnnotations = Compiler.hasFutureAnnotations(module.body)
        try c.storeDocstring(module.body)
        try c.setUpAnnotations(module.body)
        try c.body(module.body)
        let none = try c.constant(.none)
        let r = c.temp()
        c.emit(.loadConst, r, none)
        c.emit(.returnValue, r)
        return c.finish(parameterCount: 0)
    }

    /// Code for exec() and eval(): a module's statements (or, with
    /// `evaluate`, its one expression, whose value is returned) compiled
    /// like a class body, so every name goes through the namespace in
    /// register 0 (the locals mapping), then globals, then builtins.
    static func compileNamespaceCode(_ module: Module, symbols: SymbolTable, source: Source, runtime: Runtime,
                                     evaluate: Bool) throws -> CodeBlock {
        let c = Compiler(runtime: runtime, scope: symbols.top, fileName: source.fileName, name: "<module>",
                         qualname: "<module>", kind: .classBody)
        c.isExecBody = true
        c.futureAnnotations = Compiler.hasFutureAnnotations(module.body)
        _ = c.temp()
        if evaluate, case .expr(let e)? = module.body.first?.kind {
            let r = try c.expression(e)
            c.emit(.returnValue, r)
        } else {
            try c.storeDocstring(module.body)
            try c.setUpAnnotations(module.body)
            try c.body(module.body)
            let r = c.temp()
            c.emit(.loadConst, r, try c.constant(.none))
            c.emit(.returnValue, r)
        }
        let code = c.finish(parameterCount: 1)
        code.parameterNames = ["<namespace>"]
        code.parameterNameValues = [try runtime.intern("<namespace>")]
        code.argCount = 1
        return code
    }

    func finish(parameterCount: Int) -> CodeBlock {
        let code = CodeBlock(name: name, fileName: fileName, isModule: kind == .module, words: words, constants: constants,
                             names: names, feedbackCount: feedbackCount, cacheCount: cacheCount, positions: positions,
                             registerCount: max(maxRegisters, 1), parameterCount: parameterCount,
                             heap: runtime.heap)
        code.exceptionTable = exceptionTable
        code.handlerRegions = handlerRegions
        code.qualname = qualname
        code.docString = docString
        runtime.register(code)
        return code
    }

    // MARK: - Emission

    @discardableResult
    func emit(_ op: Opcode, _ operands: Int...) -> Int {
        let at = words.count
        precondition(operands.count == op.info.operands.count, "\(op) operand count")
        words.append(UInt32(op.rawValue))
        for o in operands { words.append(UInt32(truncatingIfNeeded: o)) }
        while positions.count < words.count { positions.append(position) }
        return at
    }

    func feedbackSlot() -> Int {
        feedbackCount += 1
        return feedbackCount - 1
    }

    func cacheSlot() -> Int {
        cacheCount += 1
        return cacheCount - 1
    }

    /// Points the jump at `at` (whose target operand is operand `index`) here.
    func patch(_ at: Int, operand index: Int) {
        words[at + 1 + index] = UInt32(words.count)
    }

    func temp() -> Int {
        let r = nextTemp
        nextTemp += 1
        maxRegisters = max(maxRegisters, nextTemp)
        return r
    }

    func temps(_ n: Int) -> Int {
        let first = nextTemp
        nextTemp += n
        maxRegisters = max(maxRegisters, nextTemp)
        return first
    }

    func constant(_ v: Value) throws -> Int {
        if let i = constants.firstIndex(where: { $0.bits == v.bits }) { return i }
        // Until the code block roots its constants, the runtime keeps them alive.
        if v.isObject { runtime.pin(v) }
        constants.append(v)
        return constants.count - 1
    }

    func nameSlot(_ s: String) throws -> Int {
        if let i = nameIndex[s] { return i }
        names.append(try runtime.intern(s))
        nameIndex[s] = names.count - 1
        return names.count - 1
    }

    func at(_ p: Position) {
        position = Position32(line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol)
    }

    func unsupported(_ what: String) -> CompileError {
        CompileError(message: "\(what) is not supported by tiercel yet (line \(position.line))")
    }

    /// Code that raises NotImplementedError naming `what` when it runs: a
    /// module using a construct tiercel lacks still imports, and fails
    /// clearly only if that code executes.
    func raiseNotSupported(_ what: String) throws {
        let type = temp()
        emit(.loadGlobal, type, try nameSlot("NotImplementedError"), cacheSlot())
        let message = temp()
        emit(.loadConst, message, try constant(try runtime.intern("\(what) is not supported by tiercel yet")))
        let e = temp()
        emit(.call, e, type, message, 1)
        emit(.raise, e)
    }

    static func hasFutureAnnotations(_ body: [Stmt]) -> Bool {
        for s in body {
            guard case .importFrom(let module, let names, _) = s.kind, module == "__future__" else {
                if case .expr(let e) = s.kind, case .constant(.str, _) = e.kind { continue }
                return false
            }
            if names.contains(where: { $0.name == "annotations" }) { return true }
        }
        return false
    }

    /// A module or class body with annotated names starts with an empty
    /// __annotations__ dict, as CPython's SETUP_ANNOTATIONS does.
    func setUpAnnotations(_ body: [Stmt]) throws {
        guard !futureAnnotations else { return }
        func annotated(_ statements: [Stmt]) -> Bool {
            statements.contains { s in
                switch s.kind {
                case .annAssign(_, _, _, let simple): return simple
                case .if(_, let b, let o), .while(_, let b, let o), .for(_, _, let b, let o, _): return annotated(b) || annotated(o)
                case .with(_, let b, _): return annotated(b)
                case .try(let b, let h, let o, let f, _): return annotated(b) || h.contains { annotated($0.body) } || annotated(o) || annotated(f)
                default: return false
                }
            }
        }
        guard annotated(body) else { return }
        let d = temp()
        emit(.buildDict, d, d, 0)
        if kind == .module { emit(.storeGlobal, try nameSlot("__annotations__"), d) } else { emit(.storeName, try nameSlot("__annotations__"), d) }
        nextTemp = d
    }

    // MARK: - Statements

    func body(_ statements: [Stmt]) throws {
        for s in statements { try statement(s) }
    }

    /// Statements that run only sometimes: names they bind are not certain afterwards.
    func conditional(_ statements: [Stmt]) throws {
        conditionalDepth += 1
        defer { conditionalDepth -= 1 }
        try body(statements)
    }

    func statement(_ s: Stmt) throws {
        at(s.position)
        let mark = nextTemp
        defer { nextTemp = mark }
        switch s.kind {
        case .expr(let e):
            _ = try expression(e)
        case .assign(let targets, let value):
            let r = try expression(value)
            for t in targets { try store(t, from: r) }
        case .annAssign(let target, let annotation, let value, let simple):
            if let value {
                let r = try expression(value)
                try store(target, from: r)
            }
            // Module and class bodies evaluate the annotation of a simple name
            // and record it in __annotations__; functions evaluate nothing.
            if kind != .function && !futureAnnotations, simple, case .name(let id, _) = target.kind {
                let mark = nextTemp
                let a = try expression(annotation)
                let d = temp()
                if kind == .module { emit(.loadGlobal, d, try nameSlot("__annotations__"), cacheSlot()) } else { emit(.loadName, d, try nameSlot("__annotations__")) }
                let key = temp()
                emit(.loadConst, key, try constant(try runtime.intern(id)))
                emit(.storeSubscript, d, key, a)
                nextTemp = mark
            }
        case .augAssign(let target, let op, let value):
            try augmentedAssignment(target, op, value)
        case .if(let test, let then, let orelse):
            let cond = try expression(test)
            let jumpElse = emit(.jumpIfFalse, cond, 0)
            nextTemp = mark
            try conditional(then)
            if orelse.isEmpty {
                patch(jumpElse, operand: 1)
            } else {
                let jumpEnd = emit(.jump, 0)
                patch(jumpElse, operand: 1)
                try conditional(orelse)
                patch(jumpEnd, operand: 0)
            }
        case .while(let test, let loopBody, let orelse):
            let start = words.count
            let cond = try expression(test)
            let exit = emit(.jumpIfFalse, cond, 0)
            nextTemp = mark
            unwindStack.append(.loop(start: start, breaks: []))
            try conditional(loopBody)
            emit(.jump, start)
            patch(exit, operand: 1)
            guard case .loop(_, let breaks) = unwindStack.removeLast() else { fatalError("unbalanced loops") }
            try conditional(orelse)
            for b in breaks { patch(b, operand: 0) }
        case .for(let target, let iter, let loopBody, let orelse, let isAsync):
            if isAsync {
                try raiseNotSupported("'async for'")
                return
            }
            let source = try expression(iter)
            let iterator = temp()
            emit(.getIter, iterator, source)
            let item = temp()
            at(s.position)
            let start = emit(.forIter, item, iterator, 0)
            conditionalDepth += 1
            try store(target, from: item)
            conditionalDepth -= 1
            unwindStack.append(.loop(start: start, breaks: []))
            try conditional(loopBody)
            emit(.jump, start)
            patch(start, operand: 2)
            guard case .loop(_, let breaks) = unwindStack.removeLast() else { fatalError("unbalanced loops") }
            try conditional(orelse)
            for b in breaks { patch(b, operand: 0) }
        case .break:
            try unwind(toLoop: true)
            guard let i = unwindStack.lastIndex(where: { if case .loop = $0 { return true } else { return false } }),
                  case .loop(let start, var breaks) = unwindStack[i] else { throw unsupported("'break' here") }
            breaks.append(emit(.jump, 0))
            unwindStack[i] = .loop(start: start, breaks: breaks)
            reopen(toLoop: true)
        case .continue:
            try unwind(toLoop: true)
            guard let i = unwindStack.lastIndex(where: { if case .loop = $0 { return true } else { return false } }),
                  case .loop(let start, _) = unwindStack[i] else { throw unsupported("'continue' here") }
            emit(.jump, start)
            reopen(toLoop: true)
        case .pass:
            break
        case .return(let value):
            var r: Int
            if let value {
                r = try expression(value)
                if locals.values.contains(r) {
                    // The value is fixed before any `finally` runs.
                    let t = temp()
                    emit(.move, t, r)
                    r = t
                }
            } else {
                r = temp()
                emit(.loadConst, r, try constant(.none))
            }
            try unwind(toLoop: false)
            emit(.returnValue, r)
            reopen(toLoop: false)
        case .functionDef(let f):
            try functionDefinition(f, s)
        case .classDef(let c):
            try classDefinition(c, s)
        case .global, .nonlocal:
            break  // the symbol table already resolved these names
        case .delete(let targets):
            for t in targets { try delete(t) }
        case .try(let tryBody, let handlers, let orelse, let finalbody, let isStar):
            let body = {
                if handlers.isEmpty { try self.conditional(tryBody) }
                else if isStar { try self.tryExceptStar(tryBody, handlers, orelse) }
                else { try self.tryExcept(tryBody, handlers, orelse) }
            }
            if finalbody.isEmpty { try body() } else { try tryFinally(finalbody, body) }
        case .with(let items, let withBody, let isAsync):
            if isAsync {
                try raiseNotSupported("'async with'")
                return
            }
            try with(items, withBody)
        case .raise(let exc, let cause):
            if let exc {
                let e = try expression(exc)
                if let cause {
                    let t = temp()
                    emit(.move, t, e)
                    let c = try expression(cause)
                    at(s.position)
                    emit(.raiseFrom, t, c)
                } else {
                    at(s.position)
                    emit(.raise, e)
                }
            } else if let current = handledExceptions.last {
                // except* needs to know which of its handlers re-raised.
                if let list = starReraises[current] { emit(.listAppend, list, current) }
                emit(.reraise, current)
            } else {
                let r = temp()
                emit(.loadConst, r, try constant(try runtime.makeStr("No active exception to reraise")))
                let type = temp()
                emit(.loadGlobal, type, try nameSlot("RuntimeError"), cacheSlot())
                let instance = temp()
                emit(.call, instance, type, r, 1)
                emit(.raise, instance)
            }
        case .assert(let test, let msg):
            let t = try expression(test)
            let ok = emit(.jumpIfTrue, t, 0)
            let type = temp()
            emit(.loadGlobal, type, try nameSlot("AssertionError"), cacheSlot())
            let first = try arguments(msg.map { [$0] } ?? [])
            let instance = temp()
            // CPython attributes a failed assert to its test expression.
            at(test.position)
            emit(.call, instance, type, first, msg == nil ? 0 : 1)
            emit(.raise, instance)
            patch(ok, operand: 1)
        case .import(let aliases):
            for alias in aliases {
                let r = temp()
                emit(.importName, r, try nameSlot(alias.name), 0, 0)
                if let asName = alias.asName {
                    // `import a.b.c as d` binds the innermost module.
                    var module = r
                    for part in alias.name.split(separator: ".").dropFirst() {
                        let next = temp()
                        emit(.importFrom, next, module, try nameSlot(String(part)))
                        module = next
                    }
                    try storeName(asName, from: module)
                } else {
                    try storeName(String(alias.name.split(separator: ".")[0]), from: r)
                }
            }
        case .importFrom(let moduleName, let aliases, let level):
            let module = temp()
            emit(.importName, module, try nameSlot(moduleName ?? ""), 1, level)
            if aliases.count == 1 && aliases[0].name == "*" {
                if kind != .module { throw unsupported("'import *' inside a function") }
                emit(.importStar, module)
            } else {
                for alias in aliases {
                    let r = temp()
                    emit(.importFrom, r, module, try nameSlot(alias.name))
                    try storeName(alias.asName ?? alias.name, from: r)
                }
            }
        case .match(let subject, let cases):
            try matchStatement(subject, cases)
        }
    }

    // MARK: - Exits through cleanup

    /// Runs the cleanups between here and the target of a `return`
    /// (everything) or `break`/`continue` (up to the innermost loop).
    /// Each protected range is closed before its cleanup code.
    func unwind(toLoop: Bool) throws {
        let saved = unwindStack
        defer { unwindStack = saved }
        var i = unwindStack.count - 1
        while i >= 0 {
            let entry = unwindStack[i]
            if case .loop = entry, toLoop { break }
            unwindStack.removeLast(unwindStack.count - i)
            switch entry {
            case .finally(let p, let statements):
                close(p)
                let mark = nextTemp
                try conditional(statements)
                nextTemp = mark
            case .with(let p, let exit):
                close(p)
                let mark = nextTemp
                let args = temps(3)
                for k in 0..<3 { emit(.loadConst, args + k, try constant(.none)) }
                emit(.call, temp(), exit, args, 3)
                nextTemp = mark
            case .handler(let p):
                if let p { close(p) }
            case .loop:
                break
            }
            i -= 1
        }
    }

    /// After an exit, the code that follows is protected again.
    func reopen(toLoop: Bool) {
        for entry in unwindStack.reversed() {
            if case .loop = entry, toLoop { break }
            switch entry {
            case .finally(let p, _), .with(let p, _): p.openSince = words.count
            case .handler(let p): p?.openSince = words.count
            case .loop: break
            }
        }
    }

    func close(_ p: Protected) {
        if p.openSince < words.count { p.segments.append((p.openSince, words.count)) }
        p.openSince = Int.max
    }

    /// Ends protection and sends every segment to `handler`.
    func seal(_ p: Protected, handler: Int, register: Int) {
        if p.openSince != Int.max { close(p) }
        for (start, end) in p.segments { exceptionTable.append((start, end, handler, register)) }
    }

    /// try/finally: the finally body runs inline on normal exit and on every
    /// return/break/continue, and from a handler (then re-raises) on exceptions.
    func tryFinally(_ finalbody: [Stmt], _ protectedBody: () throws -> Void) throws {
        let exception = temp()
        let p = Protected(words.count)
        unwindStack.append(.finally(p, finalbody))
        try protectedBody()
        unwindStack.removeLast()
        close(p)
        try conditional(finalbody)
        let done = emit(.jump, 0)
        seal(p, handler: words.count, register: exception)
        let regionStart = words.count
        try conditional(finalbody)
        emit(.reraise, exception)
        handlerRegions.append((regionStart, words.count, exception))
        patch(done, operand: 0)
    }

    /// The protected try body: the register its exception lands in, the
    /// jump past the handlers to patch, and where the handler code begins.
    private func protectedBody(_ tryBody: [Stmt]) throws -> (exception: Int, toElse: Int, regionStart: Int) {
        let exception = temp()
        let p = Protected(words.count)
        unwindStack.append(.handler(p))
        try conditional(tryBody)
        unwindStack.removeLast()
        close(p)
        let toElse = emit(.jump, 0)
        seal(p, handler: words.count, register: exception)
        return (exception, toElse, words.count)
    }

    /// An except clause's body, with `as name` bound to `exception` and
    /// unbound when the handler ends, even by an exception.
    private func handlerBody(_ h: ExceptHandler, exception: Int) throws {
        guard let name = h.name else { return try conditional(h.body) }
        conditionalDepth += 1
        try storeName(name, from: exception)
        conditionalDepth -= 1
        let p = h.position
        let cleanup = [Stmt(.assign(targets: [Expr(.name(name, .store), p)], value: Expr(.constant(.none, kind: nil), p)), p),
                       Stmt(.delete([Expr(.name(name, .del), p)]), p)]
        try tryFinally(cleanup) { try conditional(h.body) }
    }

    /// try/except/else: the body's range sends any exception to the handler
    /// code, which tests each clause in order and re-raises when none matches.
    func tryExcept(_ tryBody: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt]) throws {
        let (exception, toElse, regionStart) = try protectedBody(tryBody)
        var exits: [Int] = []
        for h in handlers {
            at(h.position)
            var next: Int? = nil
            if let type = h.type {
                let mark = nextTemp
                let t = try expression(type)
                let matched = temp()
                emit(.exceptionMatches, matched, exception, t)
                next = emit(.jumpIfFalse, matched, 0)
                nextTemp = mark
            }
            handledExceptions.append(exception)
            unwindStack.append(.handler(nil))
            try handlerBody(h, exception: exception)
            unwindStack.removeLast()
            handledExceptions.removeLast()
            exits.append(emit(.jump, 0))
            if let next { patch(next, operand: 1) }
        }
        emit(.reraise, exception)
        handlerRegions.append((regionStart, words.count, exception))
        patch(toElse, operand: 0)
        try conditional(orelse)
        for e in exits { patch(e, operand: 0) }
    }

    /// try/except*: each clause takes its part of the exception group in
    /// flight (CHECK_EG_MATCH); whatever a handler raises is collected
    /// rather than propagated, and PREP_RERAISE_STAR decides what leaves
    /// the statement: the unhandled rest and bare re-raises in the original
    /// group's structure, grouped with the handlers' new exceptions.
    func tryExceptStar(_ tryBody: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt]) throws {
        let (exception, toElse, regionStart) = try protectedBody(tryBody)
        let rest = temp(), raised = temp(), reraised = temp()
        emit(.move, rest, exception)
        emit(.buildList, raised, raised, 0)
        emit(.buildList, reraised, reraised, 0)
        for h in handlers {
            at(h.position)
            let match = temp(), caught = temp()
            let mark = nextTemp
            guard let type = h.type else { throw unsupported("'except*' without a type") }
            let t = try expression(type)
            emit(.exceptionGroupMatch, match, rest, t)
            nextTemp = mark
            let next = emit(.jumpIfFalse, match, 0)
            let hp = Protected(words.count)
            let bodyStart = words.count
            unwindStack.append(.handler(hp))
            handledExceptions.append(match)
            starReraises[match] = reraised
            try handlerBody(h, exception: match)
            starReraises[match] = nil
            handledExceptions.removeLast()
            unwindStack.removeLast()
            handlerRegions.append((bodyStart, words.count, match))
            close(hp)
            let handled = emit(.jump, 0)
            seal(hp, handler: words.count, register: caught)
            emit(.listAppend, raised, caught)
            patch(handled, operand: 0)
            patch(next, operand: 1)
        }
        let result = temp(), noneValue = temp(), isNone = temp()
        emit(.prepareReraiseStar, result, exception, raised, reraised, rest)
        emit(.loadConst, noneValue, try constant(.none))
        emit(.is, isNone, result, noneValue)
        let done = emit(.jumpIfTrue, isNone, 0)
        emit(.reraise, result)
        handlerRegions.append((regionStart, words.count, exception))
        patch(toElse, operand: 0)
        try conditional(orelse)
        patch(done, operand: 1)
    }

    /// with a as x, b as y: body — each manager's __exit__ runs on every exit.
    func with(_ items: [WithItem], _ withBody: [Stmt]) throws {
        guard let item = items.first else { return try conditional(withBody) }
        let manager = temp()
        emit(.move, manager, try expression(item.contextExpr))
        let exit = temp()
        let entered = temp()
        emit(.beforeWith, exit, entered, manager)
        let exception = temp()
        let p = Protected(words.count)
        unwindStack.append(.with(p, exit: exit))
        if let target = item.optionalVars {
            conditionalDepth += 1
            try store(target, from: entered)
            conditionalDepth -= 1
        }
        try with(Array(items.dropFirst()), withBody)
        unwindStack.removeLast()
        close(p)
        let args = temps(3)
        for k in 0..<3 { emit(.loadConst, args + k, try constant(.none)) }
        emit(.call, temp(), exit, args, 3)
        let done = emit(.jump, 0)
        seal(p, handler: words.count, register: exception)
        let regionStart = words.count
        let handlerArgs = temps(3)
        emit(.typeOf, handlerArgs, exception)
        emit(.move, handlerArgs + 1, exception)
        emit(.loadAttr, handlerArgs + 2, exception, try nameSlot("__traceback__"), cacheSlot())
        let suppress = temp()
        emit(.call, suppress, exit, handlerArgs, 3)
        let swallow = emit(.jumpIfTrue, suppress, 0)
        emit(.reraise, exception)
        handlerRegions.append((regionStart, words.count, exception))
        patch(swallow, operand: 1)
        patch(done, operand: 0)
    }

    func augmentedAssignment(_ target: Expr, _ op: BinaryOperator, _ value: Expr) throws {
        let code = try binaryOpcode(op)
        switch target.kind {
        case .name:
            let current = try expression(target)
            let rhs = try expression(value)
            let dst = temp()
            emit(.inplace, dst, current, rhs, Int(code.rawValue), feedbackSlot())
            try store(target, from: dst)
        case .subscript(let container, let index, _):
            let c = try expression(container)
            let i = try expression(index)
            let current = temp()
            emit(.loadSubscript, current, c, i, feedbackSlot())
            let rhs = try expression(value)
            let dst = temp()
            emit(.inplace, dst, current, rhs, Int(code.rawValue), feedbackSlot())
            emit(.storeSubscript, c, i, dst)
        case .attribute(let object, let attribute, _):
            let o = try expression(object)
            let current = temp()
            let nameIndex = try nameSlot(mangle(attribute))
            emit(.loadAttr, current, o, nameIndex, cacheSlot())
            let rhs = try expression(value)
            let dst = temp()
            emit(.inplace, dst, current, rhs, Int(code.rawValue), feedbackSlot())
            emit(.storeAttr, o, nameIndex, dst, cacheSlot())
        default:
            throw unsupported("augmented assignment to this target")
        }
    }

    // MARK: - Stores and deletes

    func store(_ target: Expr, from r: Int) throws {
        switch target.kind {
        case .name(let id, _):
            try storeName(id, from: r)
        case .tuple(let elts, _), .list(let elts, _):
            if let star = elts.firstIndex(where: { if case .starred = $0.kind { return true } else { return false } }) {
                let first = temps(elts.count)
                at(target.position)
                emit(.unpackEx, first, r, star, elts.count - star - 1)
                for (i, e) in elts.enumerated() {
                    if case .starred(let inner, _) = e.kind { try store(inner, from: first + i) } else { try store(e, from: first + i) }
                }
                return
            }
            let first = temps(elts.count)
            at(target.position)
            emit(.unpackSequence, first, r, elts.count)
            for (i, e) in elts.enumerated() { try store(e, from: first + i) }
        case .subscript(let container, let index, _):
            let mark = nextTemp
            defer { nextTemp = mark }
            let c = try expression(container)
            let i = try expression(index)
            at(target.position)
            emit(.storeSubscript, c, i, r)
        case .attribute(let object, let attribute, _):
            let mark = nextTemp
            defer { nextTemp = mark }
            let o = try expression(object)
            at(target.position)
            emit(.storeAttr, o, try nameSlot(mangle(attribute)), r, cacheSlot())
        case .starred:
            throw unsupported("starred assignment")
        default:
            throw unsupported("assignment to this target")
        }
    }

    func delete(_ target: Expr) throws {
        let mark = nextTemp
        defer { nextTemp = mark }
        at(target.position)
        switch target.kind {
        case .name(let id, _):
            try deleteName(id)
        case .tuple(let elts, _), .list(let elts, _):
            for e in elts { try delete(e) }
        case .subscript(let container, let index, _):
            let c = try expression(container)
            let i = try expression(index)
            at(target.position)
            emit(.deleteSubscript, c, i)
        case .attribute(let object, let attribute, _):
            let o = try expression(object)
            at(target.position)
            emit(.deleteAttr, o, try nameSlot(mangle(attribute)))
        default:
            throw unsupported("deletion of this target")
        }
    }
}
