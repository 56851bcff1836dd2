import TiercelFrontEnd

/// A construct the compiler cannot translate yet. Reported to the user with
/// the construct's name, never skipped silently.
public struct CompileError: Error {
    public var message: String
}

/// Translates the AST into register bytecode, one CodeBlock per module or
/// function body. Locals live in registers named by the symbol table;
/// temporaries are allocated above them in stack order.
final class Compiler {
    let runtime: Runtime
    let scope: Scope
    let fileName: String
    let name: String
    let isModule: Bool
    private var words: [UInt32] = []
    private var positions: [Position32] = []
    private var constants: [Value] = []
    private var names: [Value] = []
    private var nameIndex: [String: Int] = [:]
    private var feedbackCount = 0
    private var locals: [String: Int] = [:]
    private var nextTemp = 0
    private var maxRegisters = 0
    private var position = Position32.none
    /// Per enclosing loop: where `continue` goes, and the `break` jumps to patch.
    private var loops: [(start: Int, breaks: [Int])] = []
    private var exceptionTable: [(start: Int, end: Int, handler: Int, register: Int)] = []
    /// Registers holding the exception of each enclosing `except` block (for bare `raise`).
    private var handledExceptions: [Int] = []
    /// Enclosing `try` blocks with a `finally`, which jumps out would bypass.
    private var finallyDepth = 0

    private init(runtime: Runtime, scope: Scope, fileName: String, name: String, isModule: Bool) {
        self.runtime = runtime
        self.scope = scope
        self.fileName = fileName
        self.name = name
        self.isModule = isModule
    }

    static func compileModule(_ module: Module, symbols: SymbolTable, source: Source, runtime: Runtime) throws -> CodeBlock {
        let c = Compiler(runtime: runtime, scope: symbols.top, fileName: source.fileName, name: "<module>", isModule: true)
        for s in module.body { try c.statement(s) }
        let none = try c.constant(.none)
        let r = c.temp()
        c.emit(.loadConst, r, none)
        c.emit(.returnValue, r)
        return c.finish(parameterCount: 0)
    }

    private func finish(parameterCount: Int) -> CodeBlock {
        let code = CodeBlock(name: name, fileName: fileName, isModule: isModule, words: words, constants: constants,
                             names: names, feedbackCount: feedbackCount, positions: positions,
                             registerCount: max(maxRegisters, 1), parameterCount: parameterCount,
                             heap: runtime.heap)
        code.exceptionTable = exceptionTable
        runtime.register(code)
        return code
    }

    // MARK: - Emission

    @discardableResult
    private func emit(_ op: Opcode, _ operands: Int...) -> Int {
        let at = words.count
        precondition(operands.count == op.info.operands.count, "\(op) operand count")
        words.append(UInt32(op.rawValue))
        for o in operands { words.append(UInt32(truncatingIfNeeded: o)) }
        while positions.count < words.count { positions.append(position) }
        return at
    }

    private func feedbackSlot() -> Int {
        feedbackCount += 1
        return feedbackCount - 1
    }

    /// Points the jump at `at` (whose target operand is operand `index`) here.
    private func patch(_ at: Int, operand index: Int) {
        words[at + 1 + index] = UInt32(words.count)
    }

    private func temp() -> Int {
        let r = nextTemp
        nextTemp += 1
        maxRegisters = max(maxRegisters, nextTemp)
        return r
    }

    private func temps(_ n: Int) -> Int {
        let first = nextTemp
        nextTemp += n
        maxRegisters = max(maxRegisters, nextTemp)
        return first
    }

    private func constant(_ v: Value) throws -> Int {
        if let i = constants.firstIndex(where: { $0.bits == v.bits }) { return i }
        // Until the code block roots its constants, the runtime keeps them alive.
        if v.isObject { runtime.pin(v) }
        constants.append(v)
        return constants.count - 1
    }

    private func nameSlot(_ s: String) throws -> Int {
        if let i = nameIndex[s] { return i }
        names.append(try runtime.intern(s))
        nameIndex[s] = names.count - 1
        return names.count - 1
    }

    private func at(_ p: Position) {
        position = Position32(line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol)
    }

    private func unsupported(_ what: String) -> CompileError {
        CompileError(message: "\(what) is not supported by tiercel yet (line \(position.line))")
    }

    private func isLocal(_ name: String) -> Int? { isModule ? nil : locals[name] }

    // MARK: - Statements

    private func statement(_ s: Stmt) throws {
        at(s.position)
        let mark = nextTemp
        defer { nextTemp = mark }
        switch s.kind {
        case .expr(let e):
            _ = try expression(e)
        case .assign(let targets, let value):
            let r = try expression(value)
            for t in targets { try store(t, from: r) }
        case .augAssign(let target, let op, let value):
            switch target.kind {
            case .name:
                let current = try expression(target)
                let rhs = try expression(value)
                let dst = temp()
                emit(try binaryOpcode(op), dst, current, rhs, feedbackSlot())
                try store(target, from: dst)
            case .subscript(let container, let index, _):
                let c = try expression(container)
                let i = try expression(index)
                let current = temp()
                emit(.loadSubscript, current, c, i, feedbackSlot())
                let rhs = try expression(value)
                let dst = temp()
                emit(try binaryOpcode(op), dst, current, rhs, feedbackSlot())
                emit(.storeSubscript, c, i, dst)
            default:
                throw unsupported("augmented assignment to this target")
            }
        case .if(let test, let body, let orelse):
            let cond = try expression(test)
            let jumpElse = emit(.jumpIfFalse, cond, 0)
            nextTemp = mark
            for b in body { try statement(b) }
            if orelse.isEmpty {
                patch(jumpElse, operand: 1)
            } else {
                let jumpEnd = emit(.jump, 0)
                patch(jumpElse, operand: 1)
                for b in orelse { try statement(b) }
                patch(jumpEnd, operand: 0)
            }
        case .while(let test, let body, let orelse):
            let start = words.count
            let cond = try expression(test)
            let exit = emit(.jumpIfFalse, cond, 0)
            nextTemp = mark
            loops.append((start, []))
            for b in body { try statement(b) }
            emit(.jump, start)
            patch(exit, operand: 1)
            let breaks = loops.removeLast().breaks
            for b in orelse { try statement(b) }
            for b in breaks { patch(b, operand: 0) }
        case .for(let target, let iter, let body, let orelse, let isAsync):
            if isAsync { throw unsupported("'async for'") }
            let source = try expression(iter)
            let iterator = temp()
            emit(.getIter, iterator, source)
            let item = temp()
            let start = emit(.forIter, item, iterator, 0)
            try store(target, from: item)
            loops.append((start, []))
            for b in body { try statement(b) }
            emit(.jump, start)
            patch(start, operand: 2)
            let breaks = loops.removeLast().breaks
            for b in orelse { try statement(b) }
            for b in breaks { patch(b, operand: 0) }
        case .break:
            if finallyDepth > 0 { throw unsupported("'break' inside 'try' with 'finally'") }
            let j = emit(.jump, 0)
            loops[loops.count - 1].breaks.append(j)
        case .continue:
            if finallyDepth > 0 { throw unsupported("'continue' inside 'try' with 'finally'") }
            emit(.jump, loops[loops.count - 1].start)
        case .pass:
            break
        case .return(let value):
            if finallyDepth > 0 { throw unsupported("'return' inside 'try' with 'finally'") }
            let r: Int
            if let value { r = try expression(value) } else {
                r = temp()
                emit(.loadConst, r, try constant(.none))
            }
            emit(.returnValue, r)
        case .functionDef(let f):
            if f.isAsync { throw unsupported("'async def'") }
            if !f.decorators.isEmpty { throw unsupported("decorators") }
            let a = f.args
            if !a.posOnlyArgs.isEmpty || a.vararg != nil || !a.kwOnlyArgs.isEmpty || a.kwarg != nil || !a.defaults.isEmpty {
                throw unsupported("this kind of parameter list")
            }
            guard let child = scope.children.first(where: { $0.name == f.name && $0.line == Int(s.position.line) }) else {
                throw unsupported("this function definition")
            }
            let code = try Compiler.compileFunction(f, scope: child, runtime: runtime, fileName: fileName)
            let r = temp()
            emit(.makeFunction, r, try constant(Value(uncheckedSmallInt: Int64(code.index))))
            try storeName(f.name, from: r)
        case .global:
            break  // the symbol table already resolved these names
        case .try(let body, let handlers, let orelse, let finalbody, let isStar):
            if isStar { throw unsupported("'except*'") }
            if finalbody.isEmpty {
                try tryExcept(body, handlers, orelse)
            } else {
                let exception = temp()
                let start = words.count
                finallyDepth += 1
                if handlers.isEmpty {
                    for b in body { try statement(b) }
                } else {
                    try tryExcept(body, handlers, orelse)
                }
                finallyDepth -= 1
                let end = words.count
                for b in finalbody { try statement(b) }
                let done = emit(.jump, 0)
                exceptionTable.append((start, end, words.count, exception))
                for b in finalbody { try statement(b) }
                emit(.reraise, exception)
                patch(done, operand: 0)
            }
        case .raise(let exc, let cause):
            if cause != nil { throw unsupported("'raise ... from'") }
            if let exc {
                emit(.raise, try expression(exc))
            } else {
                guard let current = handledExceptions.last else { throw unsupported("'raise' outside an except block") }
                emit(.reraise, current)
            }
        case .assert(let test, let msg):
            let t = try expression(test)
            let ok = emit(.jumpIfTrue, t, 0)
            let type = temp()
            emit(.loadGlobal, type, try nameSlot("AssertionError"))
            let first = try arguments(msg.map { [$0] } ?? [])
            let instance = temp()
            emit(.call, instance, type, first, msg == nil ? 0 : 1)
            emit(.raise, instance)
            patch(ok, operand: 1)
        default:
            throw unsupported(statementName(s))
        }
    }

    /// try/except/else: the body's range in the exception table sends any
    /// exception to the handler code, which tests each clause in order and
    /// re-raises when none matches.
    private func tryExcept(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt]) throws {
        let exception = temp()
        let start = words.count
        for b in body { try statement(b) }
        let end = words.count
        let toElse = emit(.jump, 0)
        exceptionTable.append((start, end, words.count, exception))
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
            if let name = h.name { try storeName(name, from: exception) }
            handledExceptions.append(exception)
            for b in h.body { try statement(b) }
            handledExceptions.removeLast()
            exits.append(emit(.jump, 0))
            if let next { patch(next, operand: 1) }
        }
        emit(.reraise, exception)
        patch(toElse, operand: 0)
        for b in orelse { try statement(b) }
        for e in exits { patch(e, operand: 0) }
    }

    static func compileFunction(_ f: FunctionDefinition, scope: Scope, runtime: Runtime, fileName: String) throws -> CodeBlock {
        let c = Compiler(runtime: runtime, scope: scope, fileName: fileName, name: f.name, isModule: false)
        for (name, symbol) in scope.symbols where symbol.scope == .cell || symbol.scope == .free {
            throw CompileError(message: "closures (variable '\(name)') are not supported by tiercel yet")
        }
        // Parameters take the first registers, in order; other locals follow.
        for p in scope.parameters { c.locals[p] = c.temp() }
        for (name, symbol) in scope.symbols.sorted(by: { $0.key < $1.key })
            where symbol.scope == .local && c.locals[name] == nil {
            c.locals[name] = c.temp()
        }
        for s in f.body { try c.statement(s) }
        let r = c.temp()
        c.emit(.loadConst, r, try c.constant(.none))
        c.emit(.returnValue, r)
        let code = c.finish(parameterCount: scope.parameters.count)
        code.parameterNames = scope.parameters
        return code
    }

    private func statementName(_ s: Stmt) -> String {
        switch s.kind {
        case .classDef: return "'class'"
        case .try: return "'try'"
        case .with: return "'with'"
        case .raise: return "'raise'"
        case .import, .importFrom: return "'import'"
        case .delete: return "'del'"
        case .assert: return "'assert'"
        case .match: return "'match'"
        case .nonlocal: return "'nonlocal'"
        case .annAssign: return "annotated assignment"
        default: return "this statement"
        }
    }

    // MARK: - Stores

    private func store(_ target: Expr, from r: Int) throws {
        switch target.kind {
        case .name(let id, _):
            try storeName(id, from: r)
        case .tuple(let elts, _), .list(let elts, _):
            if elts.contains(where: { if case .starred = $0.kind { return true } else { return false } }) {
                throw unsupported("starred assignment")
            }
            let first = temps(elts.count)
            emit(.unpackSequence, first, r, elts.count)
            for (i, e) in elts.enumerated() { try store(e, from: first + i) }
        case .subscript(let container, let index, _):
            let mark = nextTemp
            defer { nextTemp = mark }
            let c = try expression(container)
            let i = try expression(index)
            emit(.storeSubscript, c, i, r)
        default:
            throw unsupported("assignment to this target")
        }
    }

    private func storeName(_ id: String, from r: Int) throws {
        if let local = isLocal(id) {
            if local != r { emit(.move, local, r) }
        } else {
            emit(.storeGlobal, try nameSlot(id), r)
        }
    }

    // MARK: - Expressions

    /// Compiles `e`; returns the register holding its value (a local's own
    /// register when `e` is a local name).
    private func expression(_ e: Expr) throws -> Int {
        at(e.position)
        switch e.kind {
        case .constant(let c, _):
            let r = temp()
            emit(.loadConst, r, try constant(try constantValue(c)))
            return r
        case .name(let id, _):
            if let local = isLocal(id) { return local }
            let r = temp()
            emit(.loadGlobal, r, try nameSlot(id))
            return r
        case .binOp(let l, let op, let rhs):
            let a = try expression(l)
            let b = try expression(rhs)
            let r = temp()
            at(e.position)
            emit(try binaryOpcode(op), r, a, b, feedbackSlot())
            return r
        case .unaryOp(let op, let operand):
            let v = try expression(operand)
            let r = temp()
            switch op {
            case .not: emit(.not, r, v)
            case .uSub: emit(.negate, r, v, feedbackSlot())
            case .uAdd: emit(.positive, r, v, feedbackSlot())
            case .invert: emit(.invert, r, v, feedbackSlot())
            }
            return r
        case .compare(let left, let ops, let comparators):
            let result = temp()
            var lhs = try expression(left)
            var exits: [Int] = []
            for (i, (op, right)) in zip(ops, comparators).enumerated() {
                let rhs = try expression(right)
                at(e.position)
                try emitCompare(op, result, lhs, rhs)
                if i < ops.count - 1 {
                    exits.append(emit(.jumpIfFalse, result, 0))
                    lhs = rhs
                }
            }
            for j in exits { patch(j, operand: 1) }
            return result
        case .boolOp(let op, let values):
            let result = temp()
            var exits: [Int] = []
            for (i, v) in values.enumerated() {
                let r = try expression(v)
                emit(.move, result, r)
                if i < values.count - 1 { exits.append(emit(op == .and ? .jumpIfFalse : .jumpIfTrue, result, 0)) }
            }
            for j in exits { patch(j, operand: 1) }
            return result
        case .ifExp(let test, let body, let orelse):
            let result = temp()
            let cond = try expression(test)
            let jumpElse = emit(.jumpIfFalse, cond, 0)
            emit(.move, result, try expression(body))
            let jumpEnd = emit(.jump, 0)
            patch(jumpElse, operand: 1)
            emit(.move, result, try expression(orelse))
            patch(jumpEnd, operand: 0)
            return result
        case .call(let function, let args, let keywords):
            if keywords.contains(where: { $0.arg == nil }) { throw unsupported("'**' arguments") }
            if case .attribute(let receiver, let method, _) = function.kind, keywords.isEmpty {
                let object = try expression(receiver)
                let first = try arguments(args)
                let r = temp()
                at(e.position)
                emit(.callMethod, r, object, try nameSlot(method), first, args.count)
                return r
            }
            let callee = try expression(function)
            let first = try arguments(args + keywords.map(\.value))
            let r = temp()
            at(e.position)
            if keywords.isEmpty {
                emit(.call, r, callee, first, args.count)
            } else {
                var names: [Value] = []
                for k in keywords { names.append(try runtime.intern(k.arg!)) }
                guard let tuple = TupleObject.make(runtime.heap, names) else { throw PythonError("MemoryError", "") }
                emit(.callKeywords, r, callee, first, args.count + keywords.count, try constant(tuple))
            }
            return r
        case .joinedStr(let parts):
            let first = temps(parts.count)
            for (i, part) in parts.enumerated() {
                let r = try expression(part)
                if r != first + i { emit(.move, first + i, r) }
            }
            let r = temp()
            emit(.buildString, r, first, parts.count)
            return r
        case .formattedValue(let value, let conversion, let spec):
            let v = try expression(value)
            let s = try spec.map { try expression($0) } ?? v
            let r = temp()
            emit(.formatValue, r, v, conversion < 0 ? 0 : conversion, s)
            return r
        case .dict(let keys, let values):
            if keys.contains(where: { $0 == nil }) { throw unsupported("'**' in dict displays") }
            let first = try arguments(zip(keys, values).flatMap { [$0.0!, $0.1] })
            let r = temp()
            emit(.buildDict, r, first, values.count)
            return r
        case .list(let elts, _):
            let first = try arguments(elts)
            let r = temp()
            emit(.buildList, r, first, elts.count)
            return r
        case .slice(let lower, let upper, let step):
            let parts = temps(3)
            for (i, part) in [lower, upper, step].enumerated() {
                if let part {
                    let r = try expression(part)
                    if r != parts + i { emit(.move, parts + i, r) }
                } else {
                    emit(.loadConst, parts + i, try constant(.none))
                }
            }
            let r = temp()
            emit(.buildSlice, r, parts, parts + 1, parts + 2)
            return r
        case .subscript(let container, let index, _):
            let c = try expression(container)
            let i = try expression(index)
            let r = temp()
            at(e.position)
            emit(.loadSubscript, r, c, i, feedbackSlot())
            return r
        case .tuple(let elts, _):
            let first = temps(elts.count)
            for (i, x) in elts.enumerated() {
                let r = try expression(x)
                if r != first + i { emit(.move, first + i, r) }
            }
            let r = temp()
            emit(.buildTuple, r, first, elts.count)
            return r
        default:
            throw unsupported(expressionName(e))
        }
    }

    /// Evaluates `args` into consecutive fresh registers; returns the first.
    private func arguments(_ args: [Expr]) throws -> Int {
        let first = temps(args.count)
        for (i, a) in args.enumerated() {
            if case .starred = a.kind { throw unsupported("argument unpacking") }
            let r = try expression(a)
            if r != first + i { emit(.move, first + i, r) }
        }
        return first
    }

    private func expressionName(_ e: Expr) -> String {
        switch e.kind {
        case .listComp: return "list comprehensions"
        case .dictComp: return "dict comprehensions"
        case .set, .setComp: return "sets"
        case .lambda: return "lambda"
        case .attribute: return "attribute access"
        case .subscript: return "subscripts"
        case .await: return "'await'"
        case .yield, .yieldFrom, .generatorExp: return "generators"
        default: return "this expression"
        }
    }

    private func emitCompare(_ op: CompareOperator, _ r: Int, _ a: Int, _ b: Int) throws {
        switch op {
        case .lt: emit(.less, r, a, b, feedbackSlot())
        case .ltE: emit(.lessEqual, r, a, b, feedbackSlot())
        case .gt: emit(.greater, r, a, b, feedbackSlot())
        case .gtE: emit(.greaterEqual, r, a, b, feedbackSlot())
        case .eq: emit(.equal, r, a, b, feedbackSlot())
        case .notEq: emit(.notEqual, r, a, b, feedbackSlot())
        case .is: emit(.is, r, a, b)
        case .isNot: emit(.isNot, r, a, b)
        case .in: emit(.contains, r, a, b)
        case .notIn: emit(.notContains, r, a, b)
        }
    }

    private func binaryOpcode(_ op: BinaryOperator) throws -> Opcode {
        switch op {
        case .add: return .add
        case .sub: return .subtract
        case .mult: return .multiply
        case .div: return .trueDivide
        case .floorDiv: return .floorDivide
        case .mod: return .modulo
        case .pow: return .power
        case .lShift: return .leftShift
        case .rShift: return .rightShift
        case .bitAnd: return .bitAnd
        case .bitOr: return .bitOr
        case .bitXor: return .bitXor
        case .matMult: throw unsupported("'@'")
        }
    }

    private func constantValue(_ c: ConstantValue) throws -> Value {
        switch c {
        case .none: return .none
        case .ellipsis: return .ellipsis
        case .bool(let b): return .bool(b)
        case .int(let i): return try intResult { try runtime.ints.make(i) }
        case .bigInt(let digits): return try intResult { try runtime.ints.parse(digits: digits) }
        case .float(let d): return Value(double: d)
        case .str(let s): return try runtime.intern(s)
        case .strCodePoints(let codes):
            guard let v = StrObject.make(runtime.heap, codePoints: codes) else { throw PythonError("MemoryError", "") }
            return runtime.pin(v)
        case .imaginary: throw unsupported("complex numbers")
        case .bytes: throw unsupported("bytes")
        }
    }
}
