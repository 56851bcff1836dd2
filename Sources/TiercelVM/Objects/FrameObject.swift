/// Frame objects, made only when Python code asks for one: a traceback
/// entry, `sys._getframe()`. A VM frame is a window of the VM stack that a
/// later call reuses, so a frame object is a record taken when it is made:
///
///     [code index][globals][pc][f_back: frame or None][locals]
///
/// `locals` is a tuple of the registers named in `code.localRegisters` as
/// they were then (a cell stays a cell, so closed-over variables read
/// live), the namespace of a class body, or None for module code (whose
/// locals are its globals).
///
/// f_back is known while the frames it links are running: `sys._getframe`
/// links the chain up to the frame native code entered, and a traceback
/// links each entry's frame to the caller's entry as the exception leaves
/// it. The frame that handles an exception has f_back None.
enum FrameObject {
    static let code = 0, globals = 1, pc = 2, back = 3, locals = 4

    static func make(_ rt: Runtime, fp: UnsafeMutablePointer<Value>, pc: Int, back: Value) throws -> Value {
        try make(rt, code: fp[-4], globals: fp[-5], registers: fp, pc: pc, back: back)
    }

    /// `registers` are the frame's (on the VM stack, or a generator's saved
    /// ones); `pc` -1 is a generator not started yet (at its `def` line).
    static func make(_ rt: Runtime, code: Value, globals: Value, registers: UnsafeMutablePointer<Value>, pc: Int,
                     back: Value) throws -> Value {
        let block = rt.code(at: Int(code.asSmallInt))
        return try rt.withTemporaryRoots(3) { roots in
            roots[1] = back
            roots[2] = globals
            if block.isModule {
                roots[0] = .none
            } else if block.isClassBody {
                roots[0] = registers[0]
            } else {
                roots[0] = try rt.tuple(block.localRegisters.map { registers[$0.0] })
            }
            return try vector(rt, kind: .frame, [code, roots[2], Value(uncheckedSmallInt: Int64(pc)), roots[1], roots[0]])
        }
    }

    static func block(_ rt: Runtime, _ o: UnsafeMutableRawPointer) -> CodeBlock {
        rt.code(at: Int(ValueVector.values(o)[code].asSmallInt))
    }

    static func line(_ rt: Runtime, _ o: UnsafeMutableRawPointer) -> Int {
        let at = Int(ValueVector.values(o)[pc].asSmallInt)
        return at < 0 ? block(rt, o).firstLine : block(rt, o).line(at: at)
    }

    static func localsDict(_ rt: Runtime, _ o: UnsafeMutableRawPointer) throws -> Value {
        let fields = ValueVector.values(o)
        let code = block(rt, o)
        if code.isModule { return fields[globals] }
        if code.isClassBody { return fields[locals] }
        let saved = fields[locals].asObject
        return try localsDict(rt, code) { TupleObject.items(saved)[$0.1] }
    }

    /// locals() of a function frame: each named register's value (`value`
    /// gets the register and its index in `code.localRegisters`), a cell
    /// read through, unbound ones left out.
    static func localsDict(_ rt: Runtime, _ code: CodeBlock, _ value: ((Int, Int)) -> Value) throws -> Value {
        try rt.withTemporaryRoots(1) { roots in
            roots[0] = try rt.newDict()
            let cells = Set(code.cellRegisters).union(code.freeRegisters)
            for (i, (register, name)) in code.localRegisters.enumerated() {
                var v = value((register, i))
                if cells.contains(register), v.isObject && v.asObject.objectKind == .cell {
                    v = CellObject.contents(v.asObject).pointee
                }
                if !v.isEmpty { try DictObject.set(rt.heap, roots[0].asObject, try rt.intern(name), v, rt.ops) }
            }
            return roots[0]
        }
    }

    static func attribute(_ rt: Runtime, _ o: UnsafeMutableRawPointer, _ name: String) throws -> Value? {
        let fields = ValueVector.values(o)
        switch name {
        case "f_code": return try CodeObject.of(rt, block(rt, o))
        case "f_globals": return fields[globals]
        case "f_builtins":
            if DictObject.isDict(fields[globals]),
               let b = try DictObject.get(fields[globals].asObject, try rt.intern("__builtins__"), rt.ops) {
                if b.isObject && b.asObject.objectKind == .module { return ValueVector.values(b.asObject)[0] }
                if DictObject.isDict(b) { return b }
            }
            return rt.builtins
        case "f_lineno": return Value(uncheckedSmallInt: Int64(line(rt, o)))
        case "f_lasti": return Value(uncheckedSmallInt: max(2 * fields[pc].asSmallInt, -1))
        case "f_back": return fields[back]
        case "f_locals": return try localsDict(rt, o)
        case "f_trace": return Value.none
        case "f_trace_lines": return .true
        case "f_trace_opcodes": return .false
        default: return nil
        }
    }

    /// The frame object for the frame at `fp` (at `pc`) and its callers, up
    /// to the frame native code entered.
    static func chain(_ rt: Runtime, fp start: UnsafeMutablePointer<Value>, pc startPc: Int) throws -> Value {
        var frames: [(UnsafeMutablePointer<Value>, Int)] = []
        var fp = start, pc = startPc
        while true {
            frames.append((fp, pc))
            let resume = Int(fp[-3].asSmallInt)
            if resume < 0 { break }
            fp = rt.stack.base + Int(fp[-2].asSmallInt)
            pc = Interpreter.instructionStart(in: rt.code(at: Int(fp[-4].asSmallInt)), endingAt: resume)
        }
        return try rt.withTemporaryRoots(1) { roots in
            roots[0] = .none
            for (fp, pc) in frames.reversed() { roots[0] = try make(rt, fp: fp, pc: pc, back: roots[0]) }
            return roots[0]
        }
    }

    static func repr(_ rt: Runtime, _ o: UnsafeMutableRawPointer) -> String {
        let code = block(rt, o)
        return "<frame at \(rt.address(o)), file '\(code.fileName)', line \(line(rt, o)), code \(code.name)>"
    }

    static func install(_ rt: Runtime) throws {
        let t = rt.types.frame
        try rt.defineMethod(t, "clear") { _, _ in .none }
    }
}

/// A traceback entry: [tb_next][tb_frame][pc][line]. An exception's
/// `__traceback__` is the entry of the outermost frame it has left so far;
/// `tb_next` leads inward to where it was raised.
enum TracebackObject {
    static let next = 0, frame = 1, pc = 2, line = 3

    static func isTraceback(_ v: Value) -> Bool { v.isObject && v.asObject.objectKind == .traceback }

    static func make(_ rt: Runtime, next: Value, frame: Value, pc: Int) throws -> Value {
        let line = FrameObject.block(rt, frame.asObject).line(at: pc)
        return try vector(rt, kind: .traceback, [next, frame, Value(uncheckedSmallInt: Int64(pc)),
                                                  Value(uncheckedSmallInt: Int64(line))])
    }

    /// The entries from outermost to innermost.
    static func entries(_ head: Value) -> [UnsafeMutableRawPointer] {
        var out: [UnsafeMutableRawPointer] = []
        var tb = head
        while isTraceback(tb) {
            out.append(tb.asObject)
            tb = ValueVector.values(tb.asObject)[next]
        }
        return out
    }

    static func attribute(_ rt: Runtime, _ o: UnsafeMutableRawPointer, _ name: String) throws -> Value? {
        let fields = ValueVector.values(o)
        switch name {
        case "tb_next": return fields[next]
        case "tb_frame": return fields[frame]
        case "tb_lasti": return Value(uncheckedSmallInt: 2 * fields[pc].asSmallInt)
        case "tb_lineno": return fields[line]
        default: return nil
        }
    }

    static func setNext(_ rt: Runtime, _ o: UnsafeMutableRawPointer, _ value: Value) throws {
        guard value.isNone || isTraceback(value) else {
            throw PythonError("TypeError", "expected traceback object or None, got '\(rt.typeName(value))'")
        }
        var cursor = value
        while isTraceback(cursor) {
            if cursor.asObject == o { throw PythonError("ValueError", "traceback loop detected") }
            cursor = ValueVector.values(cursor.asObject)[next]
        }
        ValueVector.values(o)[next] = value
    }

    static func install(_ rt: Runtime) throws {
        // types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)
        rt.defineConstructor(rt.types.traceback) { rt, args in
            guard args.count == 4 else {
                throw PythonError("TypeError", "traceback() takes exactly 4 arguments (\(args.count) given)")
            }
            guard args[0].isNone || isTraceback(args[0]) else {
                throw PythonError("TypeError", "expected traceback object or None, got '\(rt.typeName(args[0]))'")
            }
            guard args[1].isObject && args[1].asObject.objectKind == .frame else {
                throw PythonError("TypeError", "TracebackType() argument 'tb_frame' must be frame, not \(rt.typeName(args[1]))")
            }
            let lasti = try BuiltinMethods.index(rt, args[2]), lineno = try BuiltinMethods.index(rt, args[3])
            return try vector(rt, kind: .traceback, [args[0], args[1], Value(uncheckedSmallInt: Int64(lasti / 2)),
                                                      Value(uncheckedSmallInt: Int64(lineno))])
        }
    }
}
