#if canImport(Glibc)
import Glibc
#endif
import TiercelFrontEnd

/// An uncaught Python exception with the frames it passed through.
public struct PythonException: Error {
    public var type: String
    public var message: String
    /// (code block, instruction offset), outermost first.
    var frames: [(CodeBlock, Int)]

    /// CPython's report: the traceback header, each frame's file, line and
    /// source line, then `Type: message`.
    func traceback(source: Source) -> String {
        var out = "Traceback (most recent call last):\n"
        for (code, pc) in frames {
            let line = code.line(at: pc)
            out += "  File \"\(code.fileName)\", line \(line), in \(code.name)\n"
            let text = source.lineText(line).drop { $0 == " " || $0 == "\t" }
            if !text.isEmpty { out += "    \(text)\n" }
        }
        out += message.isEmpty ? "\(type)\n" : "\(type): \(message)\n"
        return out
    }
}

/// The bytecode interpreter. Python-to-Python calls push a frame on the VM
/// stack and continue in the same loop: no native recursion per call.
///
/// Frame layout (the baseline JIT will share it): five header slots below the
/// frame pointer, then the registers.
///
///     fp[-5] globals dict        fp[-4] code index (small int)
///     fp[-3] caller's resume pc  (-1 for the entry frame)
///     fp[-2] caller's frame offset from the stack base
///     fp[-1] caller's destination register
///     fp[0..<registerCount] registers: parameters, locals, temporaries
final class Interpreter {
    // unowned(unsafe): a checked unowned reference costs an atomic retain and
    // release on every use, which profiling showed in the dispatch loop. The
    // runtime owns the interpreter's whole lifetime.
    unowned(unsafe) let rt: Runtime
    static let headerSlots = 5

    init(runtime: Runtime) { rt = runtime }

    func run(_ entry: CodeBlock, globals: Value) throws -> Value {
        let stack = rt.stack
        let base = stack.base
        let entryTop = stack.top
        defer { stack.top = entryTop }
        var fp = base + entryTop + Interpreter.headerSlots
        fp[-5] = globals
        fp[-4] = Value(uncheckedSmallInt: Int64(entry.index))
        fp[-3] = Value(uncheckedSmallInt: -1)
        fp[-2] = Value(uncheckedSmallInt: 0)
        fp[-1] = Value(uncheckedSmallInt: 0)
        for i in 0..<entry.registerCount { fp[i] = .empty }
        stack.top = fp - base + entry.registerCount
        var code = entry
        var words = code.words.baseAddress!
        var pc = 0
        var depth = 1

        while true {
            do {
                while true {
                    // Code blocks hold only valid opcodes (the compiler writes them).
                    let op = unsafeBitCast(UInt8(truncatingIfNeeded: words[pc]), to: Opcode.self)
                    @inline(__always) func w(_ i: Int) -> Int { Int(words[pc + i]) }
                    switch op {
                    case .loadConst:
                        fp[w(1)] = code.constants[w(2)]
                        pc += 3
                    case .move:
                        fp[w(1)] = fp[w(2)]
                        pc += 3
                    case .loadGlobal:
                        let name = code.names[w(2)]
                        if let v = try DictObject.get(fp[-5].asObject, name, rt.ops)
                            ?? DictObject.get(rt.builtins.asObject, name, rt.ops) {
                            fp[w(1)] = v
                        } else {
                            throw PythonError("NameError", "name '\(rt.str(name))' is not defined")
                        }
                        pc += 3
                    case .storeGlobal:
                        try DictObject.set(rt.heap, fp[-5].asObject, code.names[w(1)], fp[w(2)], rt.ops)
                        pc += 3
                    case .add, .subtract, .multiply, .trueDivide, .floorDivide, .modulo, .power,
                         .leftShift, .rightShift, .bitAnd, .bitOr, .bitXor:
                        let a = fp[w(2)], b = fp[w(3)]
                        code.feedback[w(4)] |= Feedback.kind(a) | Feedback.kind(b)
                        fp[w(1)] = try binary(op, a, b)
                        pc += 5
                    case .negate, .positive, .invert:
                        let v = fp[w(2)]
                        code.feedback[w(3)] |= Feedback.kind(v)
                        if op == .negate && v.isDouble {
                            fp[w(1)] = Value(double: -v.asDouble)
                        } else {
                            fp[w(1)] = try rt.unary(op == .negate ? .negate : (op == .positive ? .positive : .invert), v)
                        }
                        pc += 4
                    case .not:
                        fp[w(1)] = .bool(!rt.truth(fp[w(2)]))
                        pc += 3
                    case .less, .lessEqual, .greater, .greaterEqual, .equal, .notEqual:
                        let a = fp[w(2)], b = fp[w(3)]
                        code.feedback[w(4)] |= Feedback.kind(a) | Feedback.kind(b)
                        fp[w(1)] = .bool(try compare(op, a, b))
                        pc += 5
                    case .is, .isNot:
                        let same = fp[w(2)].bits == fp[w(3)].bits
                        fp[w(1)] = .bool(op == .is ? same : !same)
                        pc += 4
                    case .jump:
                        pc = w(1)
                    case .jumpIfFalse:
                        pc = rt.truth(fp[w(1)]) ? pc + 3 : w(2)
                    case .jumpIfTrue:
                        pc = rt.truth(fp[w(1)]) ? w(2) : pc + 3
                    case .call, .callKeywords:
                        let callee = fp[w(2)]
                        let args = fp + w(3)
                        let argc = w(4)
                        var keywords: Builtins.Keywords = []
                        var positional = argc
                        if op == .callKeywords {
                            let names = code.constants[w(5)].asObject
                            let k = TupleObject.count(names)
                            positional = argc - k
                            for i in 0..<k {
                                keywords.append((rt.str(TupleObject.items(names)[i]), args[positional + i]))
                            }
                        }
                        let next = pc + op.info.length
                        guard callee.isObject else {
                            throw PythonError("TypeError", "'\(rt.typeName(callee))' object is not callable")
                        }
                        let f = callee.asObject
                        switch f.objectKind {
                        case .builtinFunction:
                            let index = Int(ValueVector.values(f)[0].asSmallInt)
                            let (name, native) = Builtins.table[index]
                            if let bad = keywords.first(where: { !(Builtins.keywordParameters[name]?.contains($0.0) ?? false) }) {
                                if Builtins.keywordParameters[name] == nil {
                                    throw PythonError("TypeError", "\(name)() takes no keyword arguments")
                                }
                                throw PythonError("TypeError", "'\(bad.0)' is an invalid keyword argument for \(name)()")
                            }
                            rt.pendingKeywords = keywords
                            defer { rt.pendingKeywords = [] }
                            fp[w(1)] = try native(rt, UnsafeBufferPointer(start: args, count: positional))
                            pc = next
                        case .function:
                            let target = rt.codes[FunctionObject.codeIndex(f)]
                            depth += 1
                            if depth > rt.recursionLimit {
                                throw PythonError("RecursionError", "maximum recursion depth exceeded")
                            }
                            let newFp = fp + code.registerCount + Interpreter.headerSlots
                            if newFp - base + target.registerCount >= VMStack.capacity {
                                throw PythonError("RecursionError", "maximum recursion depth exceeded")
                            }
                            for i in 0..<target.registerCount { newFp[i] = .empty }
                            if positional > target.parameterCount { throw arityError(target, positional) }
                            for i in 0..<positional { newFp[i] = args[i] }
                            for (name, value) in keywords {
                                guard let slot = target.parameterNames.firstIndex(of: name) else {
                                    throw PythonError("TypeError", "\(target.name)() got an unexpected keyword argument '\(name)'")
                                }
                                if !newFp[slot].isEmpty {
                                    throw PythonError("TypeError", "\(target.name)() got multiple values for argument '\(name)'")
                                }
                                newFp[slot] = value
                            }
                            let missing = (0..<target.parameterCount).filter { newFp[$0].isEmpty }
                            if !missing.isEmpty {
                                throw arityError(target, positional, missing: missing.map { target.parameterNames[$0] })
                            }
                            newFp[-5] = FunctionObject.globals(f)
                            newFp[-4] = Value(uncheckedSmallInt: Int64(target.index))
                            newFp[-3] = Value(uncheckedSmallInt: Int64(next))
                            newFp[-2] = Value(uncheckedSmallInt: Int64(fp - base))
                            newFp[-1] = Value(uncheckedSmallInt: Int64(w(1)))
                            stack.top = newFp - base + target.registerCount
                            fp = newFp
                            code = target
                            words = code.words.baseAddress!
                            pc = 0
                        case .exceptionType:
                            if !keywords.isEmpty {
                                throw PythonError("TypeError", "\(ExceptionObject.typeName(rt, callee))() takes no keyword arguments")
                            }
                            fp[w(1)] = try ExceptionObject.instance(rt, type: callee, args: Array(UnsafeBufferPointer(start: args, count: positional)))
                            pc = next
                        default:
                            throw PythonError("TypeError", "'\(rt.typeName(callee))' object is not callable")
                        }
                    case .raise:
                        var e = fp[w(1)]
                        if ExceptionObject.isType(e) { e = try ExceptionObject.instance(rt, type: e, args: []) }
                        guard ExceptionObject.isInstance(e) else {
                            throw PythonError("TypeError", "exceptions must derive from BaseException")
                        }
                        throw RaisedException(value: e)
                    case .reraise:
                        throw RaisedException(value: fp[w(1)])
                    case .exceptionMatches:
                        fp[w(1)] = .bool(try ExceptionObject.matches(rt, fp[w(2)], fp[w(3)]))
                        pc += 4
                    case .formatValue:
                        var v = fp[w(2)]
                        switch w(3) {
                        case Int(UInt8(ascii: "r")): v = try rt.makeStr(rt.repr(v))
                        case Int(UInt8(ascii: "s")): v = try rt.makeStr(rt.str(v))
                        case Int(UInt8(ascii: "a")): v = try rt.makeStr(rt.repr(v))
                        default: break
                        }
                        let spec = w(4) == w(2) ? "" : rt.str(fp[w(4)])
                        fp[w(1)] = try rt.makeStr(try rt.format(v, spec))
                        pc += 5
                    case .buildDict:
                        let d = try DictObject.make(rt.heap)
                        fp[w(1)] = d
                        for i in 0..<w(3) {
                            try DictObject.set(rt.heap, d.asObject, fp[w(2) + 2 * i], fp[w(2) + 2 * i + 1], rt.ops)
                        }
                        pc += 4
                    case .buildSlice:
                        fp[w(1)] = try vector(rt, kind: .slice, [fp[w(2)], fp[w(3)], fp[w(4)]])
                        pc += 5
                    case .buildString:
                        var text = ""
                        for i in 0..<w(3) { text += rt.str(fp[w(2) + i]) }
                        fp[w(1)] = try rt.makeStr(text)
                        pc += 4
                    case .callMethod:
                        fp[w(1)] = try rt.callMethod(fp[w(2)], rt.str(code.names[w(3)]),
                                                     UnsafeBufferPointer(start: fp + w(4), count: w(5)))
                        pc += 6
                    case .buildList:
                        fp[w(1)] = try ListObject.make(rt, UnsafeBufferPointer(start: fp + w(2), count: w(3)))
                        pc += 4
                    case .loadSubscript:
                        let container = fp[w(2)], i = fp[w(3)]
                        code.feedback[w(4)] |= Feedback.kind(container)
                        if container.isObject && container.asObject.objectKind == .list && i.isSmallInt {
                            let l = container.asObject
                            let k = Int(i.asSmallInt)
                            if k >= 0 && k < ListObject.count(l) {
                                fp[w(1)] = ListObject.items(l)[k]
                                pc += 5
                                continue
                            }
                        }
                        fp[w(1)] = try rt.getItem(container, i)
                        pc += 5
                    case .storeSubscript:
                        try rt.storeSubscript(fp[w(1)], fp[w(2)], fp[w(3)])
                        pc += 4
                    case .contains, .notContains:
                        let found = try rt.contains(fp[w(3)], fp[w(2)])
                        fp[w(1)] = .bool(op == .contains ? found : !found)
                        pc += 4
                    case .returnValue:
                        let value = fp[w(1)]
                        let resume = Int(fp[-3].asSmallInt)
                        if resume < 0 { return value }
                        let dst = Int(fp[-1].asSmallInt)
                        fp = base + Int(fp[-2].asSmallInt)
                        code = rt.codes[Int(fp[-4].asSmallInt)]
                        words = code.words.baseAddress!
                        stack.top = fp - base + code.registerCount
                        fp[dst] = value
                        pc = resume
                        depth -= 1
                    case .makeFunction:
                        let index = Int(code.constants[w(2)].asSmallInt)
                        fp[w(1)] = try FunctionObject.make(rt, code: rt.codes[index], globals: fp[-5])
                        pc += 3
                    case .getIter:
                        fp[w(1)] = try IteratorObject.make(rt, over: fp[w(2)])
                        pc += 3
                    case .forIter:
                        if let v = try IteratorObject.next(rt, fp[w(2)].asObject) {
                            fp[w(1)] = v
                            pc += 4
                        } else {
                            pc = w(3)
                        }
                    case .buildTuple:
                        let items = (0..<w(3)).map { fp[w(2) + $0] }
                        guard let t = TupleObject.make(rt.heap, items) else { throw PythonError("MemoryError", "") }
                        fp[w(1)] = t
                        pc += 4
                    case .unpackSequence:
                        let src = fp[w(2)]
                        let n = w(3)
                        guard src.isObject, src.asObject.objectKind == .tuple else {
                            throw PythonError("TypeError", "cannot unpack non-iterable \(rt.typeName(src)) object")
                        }
                        let count = TupleObject.count(src.asObject)
                        if count > n { throw PythonError("ValueError", "too many values to unpack (expected \(n))") }
                        if count < n {
                            throw PythonError("ValueError", "not enough values to unpack (expected \(n), got \(count))")
                        }
                        for i in 0..<n { fp[w(1) + i] = TupleObject.items(src.asObject)[i] }
                        pc += 4
                    }
                }
            } catch {
                // Find a handler in this frame or a caller's, popping frames.
                let exceptionValue: Value
                if let raised = error as? RaisedException {
                    exceptionValue = raised.value
                } else if let python = error as? PythonError {
                    exceptionValue = try ExceptionObject.instance(rt, for: python)
                } else {
                    throw error
                }
                var traceback: [(CodeBlock, Int)] = []
                while true {
                    if let (handler, register) = code.handler(at: pc) {
                        fp[register] = exceptionValue
                        pc = handler
                        break
                    }
                    traceback.append((code, pc))
                    let resume = Int(fp[-3].asSmallInt)
                    if resume < 0 {
                        throw PythonException(type: rt.typeName(exceptionValue),
                                              message: ExceptionObject.message(rt, exceptionValue),
                                              frames: traceback.reversed())
                    }
                    fp = base + Int(fp[-2].asSmallInt)
                    code = rt.codes[Int(fp[-4].asSmallInt)]
                    words = code.words.baseAddress!
                    stack.top = fp - base + code.registerCount
                    pc = Interpreter.instructionStart(in: code, endingAt: resume)
                    depth -= 1
                }
            }
        }
    }

    /// The offset of the instruction that ends at `end` (a call's resume point).
    static func instructionStart(in code: CodeBlock, endingAt end: Int) -> Int {
        var at = 0
        while true {
            let length = Opcode(rawValue: UInt8(truncatingIfNeeded: code.words[at]))!.info.length
            if at + length >= end { return at }
            at += length
        }
    }

    /// CPython's messages for a call with the wrong number of arguments.
    private func arityError(_ code: CodeBlock, _ argc: Int, missing names: [String]? = nil) -> PythonError {
        let n = code.parameterCount
        if argc > n {
            return PythonError("TypeError", "\(code.name)() takes \(n) positional argument\(n == 1 ? "" : "s") but \(argc) \(argc == 1 ? "was" : "were") given")
        }
        let missing = (names ?? Array(code.parameterNames[argc...])).map { "'\($0)'" }
        let list: String
        switch missing.count {
        case 1: list = missing[0]
        case 2: list = "\(missing[0]) and \(missing[1])"
        default: list = missing.dropLast().joined(separator: ", ") + ", and " + missing.last!
        }
        let plural = missing.count == 1 ? "" : "s"
        return PythonError("TypeError", "\(code.name)() missing \(missing.count) required positional argument\(plural): \(list)")
    }

    @inline(__always)
    private func binary(_ op: Opcode, _ a: Value, _ b: Value) throws -> Value {
        // Inline fast paths: small ints without overflow, and floats.
        if a.isSmallInt && b.isSmallInt {
            let x = a.asSmallInt, y = b.asSmallInt
            switch op {
            case .add: if let v = Value(smallInt: x + y) { return v }
            case .subtract: if let v = Value(smallInt: x - y) { return v }
            case .multiply:
                let (p, overflow) = x.multipliedReportingOverflow(by: y)
                if !overflow, let v = Value(smallInt: p) { return v }
            case .modulo where y > 0 && x >= 0: return Value(uncheckedSmallInt: x % y)
            case .floorDivide where y > 0 && x >= 0: return Value(uncheckedSmallInt: x / y)
            default: break
            }
        } else if (a.isDouble || a.isSmallInt) && (b.isDouble || b.isSmallInt) {
            // Float arithmetic, with a small int operand converted exactly
            // (48-bit payloads fit a double's 53-bit mantissa).
            let x = a.isDouble ? a.asDouble : Double(a.asSmallInt)
            let y = b.isDouble ? b.asDouble : Double(b.asSmallInt)
            switch op {
            case .add: return Value(double: x + y)
            case .subtract: return Value(double: x - y)
            case .multiply: return Value(double: x * y)
            case .trueDivide where y != 0: return Value(double: x / y)
            default: break
            }
        }
        let kind: Runtime.BinaryOp
        switch op {
        case .add: kind = .add
        case .subtract: kind = .subtract
        case .multiply: kind = .multiply
        case .trueDivide: kind = .trueDivide
        case .floorDivide: kind = .floorDivide
        case .modulo: kind = .modulo
        case .power: kind = .power
        case .leftShift: kind = .leftShift
        case .rightShift: kind = .rightShift
        case .bitAnd: kind = .bitAnd
        case .bitOr: kind = .bitOr
        default: kind = .bitXor
        }
        return try rt.binary(kind, a, b)
    }

    @inline(__always)
    private func compare(_ op: Opcode, _ a: Value, _ b: Value) throws -> Bool {
        if a.isSmallInt && b.isSmallInt {
            let x = a.asSmallInt, y = b.asSmallInt
            switch op {
            case .less: return x < y
            case .lessEqual: return x <= y
            case .greater: return x > y
            case .greaterEqual: return x >= y
            case .equal: return x == y
            default: return x != y
            }
        }
        if a.isDouble && b.isDouble {
            // IEEE comparisons are Python's for floats (NaN compares false).
            let x = a.asDouble, y = b.asDouble
            switch op {
            case .less: return x < y
            case .lessEqual: return x <= y
            case .greater: return x > y
            case .greaterEqual: return x >= y
            case .equal: return x == y
            default: return x != y
            }
        }
        switch op {
        case .equal: return try rt.ops.equal(a, b)
        case .notEqual: return try !rt.ops.equal(a, b)
        case .less: return try rt.order("<", a, b)
        case .lessEqual: return try rt.order("<=", a, b)
        case .greater: return try rt.order(">", a, b)
        default: return try rt.order(">=", a, b)
        }
    }
}
