import TiercelFrontEnd

extension Compiler {
    /// Compiles `e`; returns the register holding its value (a local's own
    /// register when `e` is a local name).
    func expression(_ e: Expr) throws -> Int {
        at(e.position)
        switch e.kind {
        case .constant(let c, _):
            let r = temp()
            emit(.loadConst, r, try constant(try constantValue(c)))
            return r
        case .name(let id, _):
            return try loadName(id)
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
            at(e.position)
            switch op {
            case .not: emit(.not, r, v)
            case .uSub: emit(.negate, r, v, feedbackSlot())
            case .uAdd: emit(.positive, r, v, feedbackSlot())
            case .invert: emit(.invert, r, v, feedbackSlot())
            }
            return r
        case .compare(let left, let ops, let comparators):
            for (i, op) in ops.enumerated() { try checkIdentity(op, i == 0 ? left : comparators[i - 1], comparators[i], at: e) }
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
                if i == 0 { conditionalDepth += 1 }
            }
            if values.count > 0 { conditionalDepth -= 1 }
            for j in exits { patch(j, operand: 1) }
            return result
        case .ifExp(let test, let body, let orelse):
            let result = temp()
            let cond = try expression(test)
            let jumpElse = emit(.jumpIfFalse, cond, 0)
            conditionalDepth += 1
            emit(.move, result, try expression(body))
            let jumpEnd = emit(.jump, 0)
            patch(jumpElse, operand: 1)
            emit(.move, result, try expression(orelse))
            conditionalDepth -= 1
            patch(jumpEnd, operand: 0)
            return result
        case .namedExpr(let target, let value):
            let r = try expression(value)
            let t = temp()
            emit(.move, t, r)
            try store(target, from: t)
            return t
        case .call(let function, let args, let keywords):
            return try call(e, function, args, keywords)
        case .attribute(let object, let attribute, _):
            let o = try expression(object)
            let r = temp()
            at(e.position)
            emit(.loadAttr, r, o, try nameSlot(mangle(attribute)), cacheSlot())
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
            if keys.contains(where: { $0 == nil }) {
                let r = temp()
                emit(.buildDict, r, r, 0)
                for (k, v) in zip(keys, values) {
                    let mark = nextTemp
                    if let k {
                        let key = try expression(k)
                        emit(.storeSubscript, r, key, try expression(v))
                    } else {
                        emit(.dictUpdate, r, try expression(v))
                    }
                    nextTemp = mark
                }
                return r
            }
            let first = try arguments(zip(keys, values).flatMap { [$0.0!, $0.1] })
            let r = temp()
            emit(.buildDict, r, first, values.count)
            return r
        case .list(let elts, _):
            if elts.contains(where: { if case .starred = $0.kind { return true } else { return false } }) {
                return try starredList(elts)
            }
            let first = try arguments(elts)
            let r = temp()
            emit(.buildList, r, first, elts.count)
            return r
        case .tuple(let elts, _):
            if elts.contains(where: { if case .starred = $0.kind { return true } else { return false } }) {
                let l = try starredList(elts)
                emit(.listToTuple, l, l)
                return l
            }
            let first = temps(elts.count)
            for (i, x) in elts.enumerated() {
                let r = try expression(x)
                if r != first + i { emit(.move, first + i, r) }
            }
            let r = temp()
            emit(.buildTuple, r, first, elts.count)
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
            try checkSubscript(container, index)
            let c = try expression(container)
            let i = try expression(index)
            let r = temp()
            at(e.position)
            emit(.loadSubscript, r, c, i, feedbackSlot())
            return r
        case .lambda(let args, let body):
            return try makeFunction(name: "<lambda>", args: args, line: Int(e.position.line), decorators: []) { c in
                let r = try c.expression(body)
                c.emit(.returnValue, r)
            }
        case .listComp(let elt, let generators):
            return try comprehension(e, "listcomp", generators) { c, result in
                let v = try c.expression(elt)
                c.emit(.listAppend, result, v)
            }
        case .dictComp(let key, let value, let generators):
            return try comprehension(e, "dictcomp", generators) { c, result in
                let k = try c.expression(key)
                let v = try c.expression(value)
                c.emit(.storeSubscript, result, k, v)
            }
        case .set(let elts):
            if elts.contains(where: { if case .starred = $0.kind { return true } else { return false } }) {
                // SET_UPDATE per `*` operand, as CPython: its error is set.update's.
                return try starredDisplay(elts, build: .buildSet, add: .setAdd, extend: .setUpdate)
            }
            if elts.count > 2, let frozen = try constantFrozenset(elts) {
                // CPython folds a display of constants into a frozenset constant
                // and merges it into a new set; the merge decides the table
                // layout, hence the iteration order.
                let r = temp()
                emit(.buildSet, r, r, 0)
                let c = temp()
                emit(.loadConst, c, try constant(frozen))
                emit(.setUpdate, r, c)
                return r
            }
            let first = try arguments(elts)
            let r = temp()
            emit(.buildSet, r, first, elts.count)
            return r
        case .setComp(let elt, let generators):
            return try comprehension(e, "setcomp", generators) { c, result in
                let v = try c.expression(elt)
                c.emit(.setAdd, result, v)
            }
        case .yield(let value):
            let r = temp()
            if let value { emit(.move, r, try expression(value)) } else { emit(.loadConst, r, try constant(.none)) }
            let received = temp()
            at(e.position)
            emit(.yieldValue, received, r)
            return received
        case .yieldFrom(let value):
            let it = temp()
            emit(.getIter, it, try expression(value))
            return try delegate(to: it, at: e.position)
        case .generatorExp(let elt, let generators):
            return try comprehension(e, "genexpr", generators) { c, _ in
                let v = try c.expression(elt)
                let ignored = c.temp()
                c.emit(.yieldValue, ignored, v)
            }
        case .await(let value):
            // GET_AWAITABLE, then the `yield from` loop over what it returns.
            let it = temp()
            emit(.getAwaitable, it, try expression(value))
            return try delegate(to: it, at: e.position)
        case .starred: throw unsupported("starred expression here")
        }
    }

    /// `yield from` and `await`: SEND steps the iterator in `it`; each value
    /// it produces is yielded out, and what the caller sends comes back into
    /// the next SEND. Returns the register holding the iterator's return value.
    func delegate(to it: Int, at p: Position) throws -> Int {
        let sent = temp()
        emit(.loadConst, sent, try constant(.none))
        let result = temp()
        at(p)
        let loop = emit(.send, result, it, sent, 0)
        emit(.yieldValue, sent, result)
        emit(.jump, loop)
        patch(loop, operand: 3)
        return result
    }

    /// The frozenset of a display whose elements are all constants, or nil.
    func constantFrozenset(_ elts: [Expr]) throws -> Value? {
        var values: [Value] = []
        for e in elts {
            guard case .constant(let c, _) = e.kind else { return nil }
            values.append(try constantValue(c))
        }
        let s = try SetObject.make(runtime, frozen: true)
        runtime.pin(s)
        for v in values { try SetObject.add(runtime, s.asObject, v) }
        return s
    }

    /// [a, *b, c] as a list built by appends and extends.
    func starredList(_ elts: [Expr]) throws -> Int {
        try starredDisplay(elts, build: .buildList, add: .listAppend, extend: .listExtend)
    }

    /// A display with `*` operands: an empty container, then `add` per item
    /// and `extend` per starred operand.
    func starredDisplay(_ elts: [Expr], build: Opcode, add: Opcode, extend: Opcode) throws -> Int {
        let r = temp()
        emit(build, r, r, 0)
        for x in elts {
            let mark = nextTemp
            if case .starred(let inner, _) = x.kind {
                emit(extend, r, try expression(inner))
            } else {
                emit(add, r, try expression(x))
            }
            nextTemp = mark
        }
        return r
    }

    /// A call: CALL_METHOD for `obj.m(args)`, CALL / CALL_KW for plain
    /// arguments, CALL_EX when `*` or `**` appear.
    func call(_ e: Expr, _ function: Expr, _ args: [Expr], _ keywords: [Keyword]) throws -> Int {
        try checkCallee(function)
        let starred = args.contains { if case .starred = $0.kind { return true } else { return false } }
            || keywords.contains { $0.arg == nil }
        if !starred, case .attribute(let receiver, let method, _) = function.kind, keywords.isEmpty {
            let first = temps(args.count + 1)
            let object = try expression(receiver)
            if object != first { emit(.move, first, object) }
            for (i, a) in args.enumerated() {
                let r = try expression(a)
                if r != first + 1 + i { emit(.move, first + 1 + i, r) }
            }
            let r = temp()
            at(e.position)
            let call = emit(.callMethod, r, first, try nameSlot(mangle(method)), args.count, cacheSlot())
            // The method lookup reports errors at the attribute, as CPython's
            // LOAD_METHOD does; the interpreter raises those at word call+1.
            let p = function.position
            positions[call + 1] = Position32(line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol)
            return r
        }
        if !starred, keywords.isEmpty, args.isEmpty, case .name("super", _) = function.kind,
           let zeroArgument = try zeroArgumentSuper() {
            return zeroArgument
        }
        let callee = try expression(function)
        if starred {
            let positional: Int
            if args.count == 1, case .starred(let inner, _) = args[0].kind {
                positional = temp()
                emit(.buildList, positional, positional, 0)
                let mark = nextTemp
                emit(.extendCallArguments, positional, try expression(inner), callee)
                nextTemp = mark
            } else {
                positional = try starredList(args)
            }
            emit(.listToTuple, positional, positional)
            var kwargs = positional
            if !keywords.isEmpty {
                kwargs = temp()
                emit(.buildDict, kwargs, kwargs, 0)
                // Named keywords after a `**` go through their own dict and a
                // merge, so a name the mapping already gave is reported.
                var merged = false
                var run: Int? = nil
                for k in keywords {
                    if let name = k.arg {
                        var target = kwargs
                        if merged {
                            if run == nil {
                                run = temp()
                                emit(.buildDict, run!, run!, 0)
                            }
                            target = run!
                        }
                        let mark = nextTemp
                        let v = try expression(k.value)
                        let key = temp()
                        emit(.loadConst, key, try constant(try runtime.intern(name)))
                        emit(.storeSubscript, target, key, v)
                        nextTemp = mark
                    } else {
                        if let r = run {
                            emit(.dictMerge, kwargs, r, callee)
                            nextTemp = r
                            run = nil
                        }
                        let mark = nextTemp
                        let v = try expression(k.value)
                        emit(.dictMerge, kwargs, v, callee)
                        nextTemp = mark
                        merged = true
                    }
                }
                if let r = run {
                    emit(.dictMerge, kwargs, r, callee)
                    nextTemp = r
                }
            }
            let r = temp()
            at(e.position)
            emit(.callEx, r, callee, positional, kwargs)
            return r
        }
        let first = try arguments(args + keywords.map(\.value))
        let r = temp()
        at(e.position)
        if keywords.isEmpty {
            emit(.call, r, callee, first, args.count)
        } else {
            var names: [Value] = []
            for k in keywords { names.append(try runtime.intern(k.arg!)) }
            emit(.callKeywords, r, callee, first, args.count + keywords.count, try constant(try runtime.tuple(names)))
        }
        return r
    }

    /// `super()` in a method: `super(__class__, <first argument>)`, which is
    /// what CPython finds at run time from the frame.
    func zeroArgumentSuper() throws -> Int? {
        guard kind == .function, let cell = locals["__class__"], scope.symbols["super"].map({ $0.scope == .globalImplicit }) ?? true
        else { return nil }
        guard let firstParameter = scope.parameters.first else {
            // CPython fails only when the call runs: super() with no arguments raises then.
            let callee = try loadName("super")
            let result = temp()
            emit(.call, result, callee, result, 0)
            return result
        }
        let args = temps(2)
        emit(.loadDeref, args, cell, try nameSlot("__class__"))
        let r = try loadName(firstParameter)
        emit(.move, args + 1, r)
        let callee = try loadName("super")
        let result = temp()
        emit(.call, result, callee, args, 2)
        return result
    }

    /// Evaluates `args` into consecutive fresh registers; returns the first.
    func arguments(_ args: [Expr]) throws -> Int {
        let first = temps(args.count)
        for (i, a) in args.enumerated() {
            let r = try expression(a)
            if r != first + i { emit(.move, first + i, r) }
        }
        return first
    }

    func emitCompare(_ op: CompareOperator, _ r: Int, _ a: Int, _ b: Int) throws {
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

    func binaryOpcode(_ op: BinaryOperator) throws -> Opcode {
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
        case .matMult: return .matrixMultiply
        }
    }

    func constantValue(_ c: ConstantValue) throws -> Value {
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
        case .imaginary(let d): return runtime.pin(try ComplexObject.make(runtime, .init(real: 0, imag: d)))
        case .bytes(let b): return runtime.pin(try BytesObject.make(runtime, b))
        }
    }
}
