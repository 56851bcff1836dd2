/// Code objects: the Python face of a CodeBlock (`f.__code__`, `compile()`,
/// `frame.f_code`), a value vector [code index, compile mode]. A
/// function's code object is made once per CodeBlock and pinned, so
/// `f.__code__ is g.__code__` holds for functions of one `def`.
/// The mode is -1 for code the compiler made for a def, class or module.
enum CodeObject {
    static let index = 0, mode = 1

    // CPython's co_flags bits.
    static let optimized = 1, newLocals = 2, varargs = 4, varkeywords = 8, nested = 16, generator = 32
    static let coroutine = 128, asyncGenerator = 512

    static func make(_ rt: Runtime, _ code: CodeBlock, mode m: Int64) throws -> Value {
        try vector(rt, kind: .code, [Value(uncheckedSmallInt: Int64(code.index)), Value(uncheckedSmallInt: m)])
    }

    /// The shared code object of a compiled block.
    static func of(_ rt: Runtime, _ code: CodeBlock) throws -> Value {
        if let v = rt.codeObjects[code.index] { return v }
        let v = rt.pin(try make(rt, code, mode: -1))
        rt.codeObjects[code.index] = v
        return v
    }

    static func block(_ rt: Runtime, _ o: UnsafeMutableRawPointer) -> CodeBlock {
        rt.code(at: Int(ValueVector.values(o)[index].asSmallInt))
    }

    static func flags(_ code: CodeBlock) -> Int {
        if code.isModule || code.isClassBody { return 0 }
        var f = optimized | newLocals
        if code.hasVarargs { f |= varargs }
        if code.hasVarkw { f |= varkeywords }
        if code.isNested { f |= nested }
        if code.isGenerator {
            switch code.coroutineKind {
            case 1: f |= coroutine
            case 2: f |= asyncGenerator
            default: f |= generator
            }
        }
        return f
    }

    static func attribute(_ rt: Runtime, _ o: UnsafeMutableRawPointer, _ name: String) throws -> Value? {
        let code = block(rt, o)
        func strings(_ items: [String]) throws -> Value { try rt.tuple(try items.map { try rt.intern($0) }) }
        func int(_ n: Int) -> Value { Value(uncheckedSmallInt: Int64(n)) }
        switch name {
        case "co_name": return try rt.intern(code.name)
        case "co_qualname": return try rt.intern(code.qualname.isEmpty ? code.name : code.qualname)
        case "co_filename": return try rt.intern(code.fileName)
        case "co_firstlineno": return int(code.isModule ? 1 : code.firstLine)
        case "co_argcount": return int(code.isClassBody || code.isModule ? 0 : code.argCount)
        case "co_posonlyargcount": return int(code.posOnlyCount)
        case "co_kwonlyargcount": return int(code.kwOnlyCount)
        case "co_nlocals": return int(code.isModule || code.isClassBody ? 0 : code.localNames.count)
        case "co_varnames": return try strings(code.isModule || code.isClassBody ? [] : code.localNames)
        case "co_cellvars":
            let cells = Set(code.cellRegisters)
            if code.isClassBody { return try strings(cells.isEmpty ? [] : ["__class__"]) }
            return try strings(code.localRegisters.filter { cells.contains($0.0) }.map(\.1).sorted())
        case "co_freevars": return try strings(code.freeNames)
        case "co_flags": return int(flags(code))
        case "co_consts": return try rt.tuple(Array(code.constants))
        case "co_names": return try rt.tuple(Array(code.names))
        case "co_stacksize": return int(code.registerCount)
        case "co_code", "co_lnotab", "co_linetable", "co_exceptiontable":
            // Tiercel's bytecode is not CPython's: these say nothing.
            return try BytesObject.make(rt, [])
        default: return nil
        }
    }

    static func repr(_ rt: Runtime, _ o: UnsafeMutableRawPointer) -> String {
        let code = block(rt, o)
        return "<code object \(code.name) at \(rt.address(o)), file \"\(code.fileName)\", line \(code.isModule ? 1 : code.firstLine)>"
    }

    static func install(_ rt: Runtime) throws {
        let t = rt.types.code
        // One entry per instruction word, so `tb_lasti // 2` (the traceback
        // module's lookup) lands on the instruction's position.
        try rt.defineMethod(t, "co_positions") { rt, args in
            try Builtins.exactly(1, "co_positions", args)
            let code = block(rt, args[0].asObject)
            return try rt.withTemporaryRoots(1) { roots in
                roots[0] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
                for p in code.positions {
                    let item = p.line <= 0 ? try rt.tuple([.none, .none, .none, .none])
                        : try rt.tuple([Value(uncheckedSmallInt: Int64(p.line)), Value(uncheckedSmallInt: Int64(p.endLine)),
                                        Value(uncheckedSmallInt: Int64(p.col)), Value(uncheckedSmallInt: Int64(p.endCol))])
                    try ListObject.append(rt, roots[0].asObject, item)
                }
                return try rt.getIter(roots[0])
            }
        }
        // (start, end, line) ranges in the `tb_lasti` unit (two per word).
        try rt.defineMethod(t, "co_lines") { rt, args in
            try Builtins.exactly(1, "co_lines", args)
            let code = block(rt, args[0].asObject)
            return try rt.withTemporaryRoots(1) { roots in
                roots[0] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
                var start = 0
                let n = code.positions.count
                while start < n {
                    var end = start + 1
                    while end < n && code.positions[end].line == code.positions[start].line { end += 1 }
                    let line = code.positions[start].line
                    try ListObject.append(rt, roots[0].asObject, try rt.tuple([
                        Value(uncheckedSmallInt: Int64(2 * start)), Value(uncheckedSmallInt: Int64(2 * end)),
                        line > 0 ? Value(uncheckedSmallInt: Int64(line)) : .none]))
                    start = end
                }
                return try rt.getIter(roots[0])
            }
        }
    }
}
