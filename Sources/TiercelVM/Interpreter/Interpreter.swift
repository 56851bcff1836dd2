import CTiercelVMSupport
#if canImport(Glibc)
import Glibc
#endif
import TiercelFrontEnd

/// The bytecode interpreter. Python-to-Python calls push a frame on the VM
/// stack and continue in the same loop: no native recursion per call.
/// Native code that calls back into Python (`__eq__` from a dict lookup,
/// a sort key) enters the loop again through `callFunction`; those frames
/// count toward the same recursion limit.
///
/// Frame layout (the baseline JIT will share it): six header slots below the
/// frame pointer, then the registers.
///
///     fp[-6] function object (None for module code)
///     fp[-5] globals dict        fp[-4] code index (small int)
///     fp[-3] caller's resume pc  (-1 for an entry frame)
///     fp[-2] caller's frame offset from the stack base
///     fp[-1] caller's destination register; -(r+1) for an `__init__` frame,
///            whose caller already holds the new instance in register r
///     fp[0..<registerCount] registers: parameters, locals, temporaries
final class Interpreter {
    // unowned(unsafe): a checked unowned reference costs an atomic retain and
    // release on every use, which profiling showed in the dispatch loop. The
    // runtime owns the interpreter's whole lifetime.
    unowned(unsafe) let rt: Runtime
    static let headerSlots = 6

    init(runtime: Runtime) { rt = runtime }

    /// Runs module code with `globals`.
    func run(_ entry: CodeBlock, globals: Value) throws -> Value {
        unowned(unsafe) let stack = rt.stack
        let entryTop = stack.top
        let savedDepth = rt.depth
        defer { stack.top = entryTop; rt.depth = savedDepth }
        let fp = stack.base + entryTop + Interpreter.headerSlots
        guard entryTop + Interpreter.headerSlots + entry.registerCount < VMStack.capacity else {
            throw PythonError("RecursionError", "maximum recursion depth exceeded")
        }
        for i in 0..<entry.registerCount { fp[i] = .empty }
        stack.top = fp - stack.base + entry.registerCount
        writeHeader(fp, function: .none, globals: globals, code: entry, resume: -1, callerFp: 0, dst: 0)
        rt.depth += 1
        return try execute(fp, entry)
    }

    /// Calls the Python function `f` from native code.
    func callFunction(_ f: UnsafeMutableRawPointer, selfValue: Value, args: UnsafeBufferPointer<Value>,
                      keywords: [(Value, Value)]) throws -> Value {
        unowned(unsafe) let stack = rt.stack
        let entryTop = stack.top
        let savedDepth = rt.depth
        defer { stack.top = entryTop; rt.depth = savedDepth }
        unowned(unsafe) let code = rt.code(at: FunctionObject.codeIndex(f))
        let fp = stack.base + entryTop + Interpreter.headerSlots
        let names = keywords.map(\.0), values = keywords.map(\.1)
        try names.withUnsafeBufferPointer { n in
            try values.withUnsafeBufferPointer { v in
                try pushFrame(f, code, at: fp, selfValue: selfValue, args: args.baseAddress, count: args.count,
                              keywordNames: n.baseAddress, keywordValues: v.baseAddress, keywordCount: keywords.count)
            }
        }
        if code.isGenerator {
            return try GeneratorObject.make(rt, function: Value(object: f), frame: fp, count: code.registerCount)
        }
        writeHeader(fp, function: Value(object: f), globals: FunctionObject.globals(f), code: code, resume: -1, callerFp: 0, dst: 0)
        return try execute(fp, code)
    }

    @inline(__always)
    private func writeHeader(_ fp: UnsafeMutablePointer<Value>, function: Value, globals: Value, code: CodeBlock,
                             resume: Int, callerFp: Int, dst: Int) {
        fp[-6] = function
        fp[-5] = globals
        fp[-4] = Value(uncheckedSmallInt: Int64(code.index))
        fp[-3] = Value(uncheckedSmallInt: Int64(resume))
        fp[-2] = Value(uncheckedSmallInt: Int64(callerFp))
        fp[-1] = Value(uncheckedSmallInt: Int64(dst))
    }

    /// Claims the frame at `fp` for `code`, binds the arguments and makes the
    /// cells. On failure the stack is as before.
    private func pushFrame(_ f: UnsafeMutableRawPointer, _ code: CodeBlock, at fp: UnsafeMutablePointer<Value>,
                           selfValue: Value, args: UnsafePointer<Value>?, count: Int,
                           keywordNames: UnsafePointer<Value>?, keywordValues: UnsafePointer<Value>?,
                           keywordCount: Int) throws {
        let rt = self.rt
        unowned(unsafe) let stack = rt.stack
        let base = stack.base
        if rt.depth >= rt.recursionLimit || fp - base + code.registerCount >= VMStack.capacity {
            throw PythonError("RecursionError", "maximum recursion depth exceeded")
        }
        let oldTop = stack.top
        for i in 0..<code.registerCount { fp[i] = .empty }
        // The header is filled by the caller; keep it inert meanwhile.
        for i in 1...Interpreter.headerSlots { fp[-i] = .none }
        stack.top = fp - base + code.registerCount
        do {
            if code.isSimple && keywordCount == 0 && count + (selfValue.isEmpty ? 0 : 1) == code.argCount {
                if selfValue.isEmpty {
                    for i in 0..<count { fp[i] = args![i] }
                } else {
                    fp[0] = selfValue
                    for i in 0..<count { fp[i + 1] = args![i] }
                }
            } else {
                try ArgumentBinder.bind(rt, code, f, frame: fp, selfValue: selfValue, args: args, count: count,
                                        keywordNames: keywordNames, keywordValues: keywordValues, keywordCount: keywordCount)
            }
            for r in code.cellRegisters { fp[r] = try CellObject.make(rt, fp[r]) }
            if !code.freeRegisters.isEmpty {
                let closure = FunctionObject.field(f, FunctionObject.closure).asObject
                for (i, r) in code.freeRegisters.enumerated() { fp[r] = TupleObject.items(closure)[i] }
            }
        } catch {
            stack.top = oldTop
            throw error
        }
        rt.depth += 1
        // Recursion that allocates only inside constructors has no back edge
        // to run a requested collection at. Only the collection runs here:
        // the frame header is not filled yet, so no Python code may run.
        if tiercel_breaker_is_set() != 0 && rt.heap.collectionRequested { rt.heap.collect() }
    }

    /// The dispatch loop, from the frame at `entryFp` until that frame returns.
    func execute(_ entryFp: UnsafeMutablePointer<Value>, _ entryCode: CodeBlock, startPc: Int = 0,
                 throwing: Value? = nil) throws -> Value {
        // One strong local for the whole loop: each use of the unowned(unsafe)
        // property would otherwise retain and release the runtime.
        let rt = self.rt
        unowned(unsafe) let stack = rt.stack
        let base = stack.base
        var fp = entryFp
        unowned(unsafe) var code = entryCode
        var words = code.words.baseAddress!
        var pc = startPc
        var injected = throwing

        while true {
            do {
                if let e = injected {
                    // gen.throw(): the exception appears at the paused yield.
                    injected = nil
                    throw RaisedException(value: e)
                }
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
                        let globals = fp[-5]
                        let cache = code.caches.baseAddress! + w(3) * InlineCache.words
                        if cache[0].bits == globals.bits
                            && cache[1].bits == DictObject.slots(globals.asObject)[DictObject.versionSlot].bits {
                            let e = Int(cache[2].asSmallInt)
                            if e >= 0 {
                                fp[w(1)] = DictObject.entryTable(globals.asObject)[2 * e + 1]
                                pc += 4
                                continue
                            }
                            let builtins = rt.builtins.asObject
                            if cache[3].bits == DictObject.slots(builtins)[DictObject.versionSlot].bits {
                                fp[w(1)] = DictObject.entryTable(builtins)[2 * (-1 - e) + 1]
                                pc += 4
                                continue
                            }
                        }
                        fp[w(1)] = try rt.loadGlobal(globals, code.names[w(2)], cache)
                        pc += 4
                    case .storeGlobal:
                        try DictObject.set(rt.heap, fp[-5].asObject, code.names[w(1)], fp[w(2)], rt.ops)
                        pc += 3
                    // Each operator is its own case, so its float and small-int
                    // paths are inline and record their feedback as a constant.
                    case .add:
                        fp[w(1)] = try arithmetic(.add, fp[w(2)], fp[w(3)], code.feedback.baseAddress! + w(4))
                        pc += 5
                    case .subtract:
                        fp[w(1)] = try arithmetic(.subtract, fp[w(2)], fp[w(3)], code.feedback.baseAddress! + w(4))
                        pc += 5
                    case .multiply:
                        fp[w(1)] = try arithmetic(.multiply, fp[w(2)], fp[w(3)], code.feedback.baseAddress! + w(4))
                        pc += 5
                    case .trueDivide:
                        fp[w(1)] = try arithmetic(.trueDivide, fp[w(2)], fp[w(3)], code.feedback.baseAddress! + w(4))
                        pc += 5
                    case .floorDivide:
                        fp[w(1)] = try arithmetic(.floorDivide, fp[w(2)], fp[w(3)], code.feedback.baseAddress! + w(4))
                        pc += 5
                    case .modulo:
                        fp[w(1)] = try arithmetic(.modulo, fp[w(2)], fp[w(3)], code.feedback.baseAddress! + w(4))
                        pc += 5
                    case .power, .leftShift, .rightShift, .bitAnd, .bitOr, .bitXor, .matrixMultiply:
                        fp[w(1)] = try binarySlow(op, fp[w(2)], fp[w(3)], code.feedback.baseAddress! + w(4))
                        pc += 5
                    case .inplace:
                        let a = fp[w(2)], b = fp[w(3)]
                        let seen = code.feedback.baseAddress! + w(5)
                        let binop = unsafeBitCast(UInt8(truncatingIfNeeded: w(4)), to: Opcode.self)
                        switch binop {
                        case .add: fp[w(1)] = try arithmetic(.add, a, b, seen, inplace: true)
                        case .subtract: fp[w(1)] = try arithmetic(.subtract, a, b, seen, inplace: true)
                        case .multiply: fp[w(1)] = try arithmetic(.multiply, a, b, seen, inplace: true)
                        case .trueDivide: fp[w(1)] = try arithmetic(.trueDivide, a, b, seen, inplace: true)
                        default: fp[w(1)] = try binarySlow(binop, a, b, seen, inplace: true)
                        }
                        pc += 6
                    case .beforeWith:
                        try rt.beforeWith(fp[w(3)], exit: fp + w(1), entered: fp + w(2))
                        pc += 4
                    case .dictUpdate:
                        let m = fp[w(2)]
                        let hasKeys = try rt.userMethod(m, "keys") != nil
                        guard DictObject.isDict(m) || hasKeys else {
                            throw PythonError("TypeError", "'\(rt.typeName(m))' object is not a mapping")
                        }
                        try rt.dictUpdate(fp[w(1)], m)
                        pc += 3
                    case .yieldValue:
                        let g = fp[-6].asObject
                        let saved = ValueVector.values(GeneratorObject.field(g, GeneratorObject.registers).asObject)
                        for i in 0..<code.registerCount { saved[i] = fp[i] }
                        GeneratorObject.set(g, GeneratorObject.resumePc, Value(uncheckedSmallInt: Int64(pc + 3)))
                        GeneratorObject.set(g, GeneratorObject.yieldPc, Value(uncheckedSmallInt: Int64(pc)))
                        GeneratorObject.setState(g, GeneratorObject.suspended)
                        return fp[w(2)]
                    case .send:
                        let it = fp[w(2)], sent = fp[w(3)]
                        let next: Value?
                        if it.isObject && it.asObject.objectKind == .generator {
                            next = try resume(it.asObject, sending: sent, throwing: nil)
                        } else if sent.isNone {
                            next = try rt.nextOrNil(it)
                            if next == nil { rt.generatorReturnValue = .none }
                        } else {
                            do {
                                next = try rt.call(try rt.getAttr(it, try rt.intern("send")), [sent])
                            } catch let e as RaisedException where rt.isException(e.value, "StopIteration") {
                                let args = ExceptionObject.args(of: e.value)
                                rt.generatorReturnValue = TupleObject.count(args) > 0 ? TupleObject.items(args)[0] : .none
                                next = nil
                            }
                        }
                        if let v = next {
                            fp[w(1)] = v
                            pc += 5
                        } else {
                            fp[w(1)] = rt.generatorReturnValue
                            pc = w(4)
                        }
                    case .buildSet:
                        let s = try SetObject.make(rt)
                        fp[w(1)] = s
                        for i in 0..<w(3) { try SetObject.add(rt, s.asObject, fp[w(2) + i]) }
                        pc += 4
                    case .unpackEx:
                        try rt.unpackStarred(fp[w(2)], into: fp + w(1), before: w(3), after: w(4))
                        pc += 5
                    case .importName:
                        fp[w(1)] = try rt.importName(rt.swiftString(code.names[w(2)]), globals: fp[-5], fromList: w(3) != 0, level: w(4))
                        pc += 5
                    case .importFrom:
                        fp[w(1)] = try rt.importFrom(fp[w(2)], code.names[w(3)])
                        pc += 4
                    case .importStar:
                        try rt.importStar(fp[w(1)], into: fp[-5])
                        pc += 2
                    case .setUpdate:
                        try SetObject.update(rt, fp[w(1)].asObject, fp[w(2)])
                        pc += 3
                    case .setAdd:
                        try SetObject.add(rt, fp[w(1)].asObject, fp[w(2)])
                        pc += 3
                    case .typeOf:
                        fp[w(1)] = rt.typeOf(fp[w(2)])
                        pc += 3
                    case .getAwaitable:
                        fp[w(1)] = try rt.awaitable(fp[w(2)])
                        pc += 3
                    case .exceptionGroupMatch:
                        let (match, rest) = try ExceptionGroups.match(rt, fp[w(2)], fp[w(3)])
                        fp[w(1)] = match
                        fp[w(2)] = rest
                        pc += 4
                    case .prepareReraiseStar:
                        fp[w(1)] = try ExceptionGroups.prepareReraise(rt, original: fp[w(2)], raised: fp[w(3)],
                                                                      reraised: fp[w(4)], rest: fp[w(5)])
                        pc += 6
                    case .matchSequence:
                        fp[w(1)] = Value.bool(try rt.matchSequence(fp[w(2)], count: w(3), exact: w(4) != 0))
                        pc += 5
                    case .matchMapping:
                        fp[w(1)] = Value.bool(rt.matchMapping(fp[w(2)]))
                        pc += 3
                    case .matchKeys:
                        fp[w(1)] = try rt.matchKeys(fp[w(2)], fp[w(3)])
                        pc += 4
                    case .matchClass:
                        fp[w(1)] = try rt.matchClass(fp[w(2)], fp[w(3)], count: w(4), names: code.constants[w(5)])
                        pc += 6
                    case .copyDictWithoutKeys:
                        fp[w(1)] = try rt.copyDictWithoutKeys(fp[w(2)], fp[w(3)])
                        pc += 4
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
                        fp[w(1)] = .bool(!(try rt.truth(fp[w(2)])))
                        pc += 3
                    case .less:
                        fp[w(1)] = try compare(.less, fp[w(2)], fp[w(3)], code.feedback.baseAddress! + w(4))
                        pc += 5
                    case .lessEqual:
                        fp[w(1)] = try compare(.lessEqual, fp[w(2)], fp[w(3)], code.feedback.baseAddress! + w(4))
                        pc += 5
                    case .greater:
                        fp[w(1)] = try compare(.greater, fp[w(2)], fp[w(3)], code.feedback.baseAddress! + w(4))
                        pc += 5
                    case .greaterEqual:
                        fp[w(1)] = try compare(.greaterEqual, fp[w(2)], fp[w(3)], code.feedback.baseAddress! + w(4))
                        pc += 5
                    case .equal:
                        fp[w(1)] = try compare(.equal, fp[w(2)], fp[w(3)], code.feedback.baseAddress! + w(4))
                        pc += 5
                    case .notEqual:
                        fp[w(1)] = try compare(.notEqual, fp[w(2)], fp[w(3)], code.feedback.baseAddress! + w(4))
                        pc += 5
                    case .is, .isNot:
                        let same = fp[w(2)].bits == fp[w(3)].bits
                        fp[w(1)] = .bool(op == .is ? same : !same)
                        pc += 4
                    case .jump:
                        let target = w(1)
                        // A back edge is the safe point for the eval breaker (Ctrl-C, weakref callbacks).
                        if target < pc && tiercel_breaker_is_set() != 0 { try rt.serviceBreaker() }
                        pc = target
                    case .jumpIfFalse:
                        let v = fp[w(1)]
                        let t = v == .true ? true : (v == .false ? false : try rt.truth(v))
                        pc = t ? pc + 3 : w(2)
                    case .jumpIfTrue:
                        let v = fp[w(1)]
                        let t = v == .true ? true : (v == .false ? false : try rt.truth(v))
                        pc = t ? w(2) : pc + 3
                    case .call, .callKeywords:
                        let callee = fp[w(2)]
                        let args = fp + w(3)
                        let argc = w(4)
                        var positional = argc
                        var names: UnsafeMutablePointer<Value>? = nil
                        if op == .callKeywords {
                            let tuple = code.constants[w(5)].asObject
                            positional = argc - TupleObject.count(tuple)
                            names = TupleObject.items(tuple)
                        }
                        let next = pc + (op == .call ? 5 : 6)
                        let dst = w(1)
                        if callee.isObject {
                            let f = callee.asObject
                            var function: UnsafeMutableRawPointer? = nil
                            var selfValue = Value.empty
                            var constructing = false
                            switch f.objectKind {
                            case .function: function = f
                            case .boundMethod:
                                let inner = ValueVector.values(f)[0]
                                if inner.isObject && inner.asObject.objectKind == .function {
                                    function = inner.asObject
                                    selfValue = ValueVector.values(f)[1]
                                }
                            case .type:
                                if let (initializer, instance) = try rt.prepareConstruction(callee, args, positional, names, argc - positional) {
                                    function = initializer
                                    selfValue = instance
                                    constructing = true
                                    fp[dst] = instance
                                }
                            case .builtinFunction where names == nil && ValueVector.values(f)[2].isEmpty:
                                let native = rt.natives[Int(ValueVector.values(f)[0].asSmallInt)]
                                rt.currentFrame = fp
                                rt.currentPc = pc
                                fp[dst] = try rt.withoutKeywords { try native.body(rt, UnsafeBufferPointer(start: args, count: argc)) }
                                pc = next
                                continue
                            default: break
                            }
                            if let function {
                                unowned(unsafe) let target = rt.code(at: FunctionObject.codeIndex(function))
                                let newFp = fp + code.registerCount + Interpreter.headerSlots
                                try pushFrame(function, target, at: newFp, selfValue: selfValue, args: args, count: positional,
                                              keywordNames: names.map { UnsafePointer($0) }, keywordValues: args + positional,
                                              keywordCount: argc - positional)
                                if target.isGenerator {
                                    fp[dst] = try generator(Value(object: function), target, at: newFp, callerTop: fp - base + code.registerCount)
                                    pc = next
                                    continue
                                }
                                writeHeader(newFp, function: Value(object: function), globals: FunctionObject.globals(function),
                                            code: target, resume: next, callerFp: fp - base, dst: constructing ? -(dst + 1) : dst)
                                fp = newFp
                                code = target
                                words = code.words.baseAddress!
                                pc = 0
                                continue
                            }
                        }
                        var keywords: [(Value, Value)] = []
                        for i in 0..<(argc - positional) { keywords.append((names![i], args[positional + i])) }
                        rt.currentFrame = fp
                        rt.currentPc = pc
                        fp[dst] = try rt.call(callee, Array(UnsafeBufferPointer(start: args, count: positional)), keywords: keywords)
                        pc = next
                    case .callEx:
                        let callee = fp[w(2)]
                        let tuple = fp[w(3)].asObject
                        var keywords: [(Value, Value)] = []
                        if w(4) != w(3) {
                            for (k, v) in DictObject.items(fp[w(4)].asObject) {
                                guard StrObject.isStr(k) else { throw PythonError("TypeError", "keywords must be strings") }
                                keywords.append((k, v))
                            }
                        }
                        let next = pc + 5
                        // A Python function, or a method bound to one (`self._log(*args, **kwargs)`),
                        // runs in this loop; anything else goes through rt.call.
                        var pythonFunction: UnsafeMutableRawPointer? = nil
                        var receiver = Value.empty
                        if callee.isObject && callee.asObject.objectKind == .function {
                            pythonFunction = callee.asObject
                        } else if callee.isObject && callee.asObject.objectKind == .boundMethod {
                            let parts = ValueVector.values(callee.asObject)
                            if parts[0].isObject && parts[0].asObject.objectKind == .function {
                                pythonFunction = parts[0].asObject
                                receiver = parts[1]
                            }
                        }
                        if let function = pythonFunction {
                            let functionValue = Value(object: function)
                            unowned(unsafe) let target = rt.code(at: FunctionObject.codeIndex(function))
                            let newFp = fp + code.registerCount + Interpreter.headerSlots
                            let names = keywords.map(\.0), values = keywords.map(\.1)
                            try names.withUnsafeBufferPointer { n in
                                try values.withUnsafeBufferPointer { v in
                                    try pushFrame(function, target, at: newFp, selfValue: receiver, args: TupleObject.items(tuple),
                                                  count: TupleObject.count(tuple), keywordNames: n.baseAddress,
                                                  keywordValues: v.baseAddress, keywordCount: keywords.count)
                                }
                            }
                            if target.isGenerator {
                                fp[w(1)] = try generator(functionValue, target, at: newFp, callerTop: fp - base + code.registerCount)
                                pc = next
                                continue
                            }
                            writeHeader(newFp, function: functionValue, globals: FunctionObject.globals(function), code: target,
                                        resume: next, callerFp: fp - base, dst: w(1))
                            fp = newFp
                            code = target
                            words = code.words.baseAddress!
                            pc = 0
                            continue
                        }
                        let args = Array(UnsafeBufferPointer(start: TupleObject.items(tuple), count: TupleObject.count(tuple)))
                        rt.currentFrame = fp
                        rt.currentPc = pc
                        fp[w(1)] = try rt.call(callee, args, keywords: keywords)
                        pc = next
                    case .callMethod:
                        let first = w(2)
                        let argc = w(4)
                        let receiver = fp[first]
                        let cache = code.caches.baseAddress! + w(5) * InlineCache.words
                        let next = pc + 6
                        let method: Value
                        var callee = Value.none
                        do {
                            method = try rt.methodForCall(receiver, code.names[w(3)], cache)
                            if method.isEmpty { callee = try rt.getAttr(receiver, code.names[w(3)]) }
                        } catch {
                            // Lookup errors are reported at the attribute's position (word pc+1).
                            pc += 1
                            throw error
                        }
                        // A Python function found as a plain attribute (`module.f()`)
                        // is called in this loop like a method, without its receiver.
                        var function = method, argStart = first, count = argc + 1
                        if method.isEmpty {
                            // The attribute's value is kept in the destination register
                            // meanwhile, a precise root.
                            fp[w(1)] = callee
                            if callee.isObject && callee.asObject.objectKind == .function {
                                function = callee
                                argStart = first + 1
                                count = argc
                            } else {
                                rt.currentFrame = fp
                                rt.currentPc = pc
                                fp[w(1)] = try rt.call(callee, Array(UnsafeBufferPointer(start: fp + first + 1, count: argc)))
                                pc = next
                                continue
                            }
                        }
                        let m = function.asObject
                        if m.objectKind == .methodDescriptor {
                            let native = rt.natives[Int(ValueVector.values(m)[0].asSmallInt)]
                            fp[w(1)] = try rt.withoutKeywords { try native.body(rt, UnsafeBufferPointer(start: fp + first, count: argc + 1)) }
                            pc = next
                            continue
                        }
                        unowned(unsafe) let target = rt.code(at: FunctionObject.codeIndex(m))
                        let newFp = fp + code.registerCount + Interpreter.headerSlots
                        try pushFrame(m, target, at: newFp, selfValue: .empty, args: fp + argStart, count: count,
                                      keywordNames: nil, keywordValues: nil, keywordCount: 0)
                        if target.isGenerator {
                            fp[w(1)] = try generator(function, target, at: newFp, callerTop: fp - base + code.registerCount)
                            pc = next
                            continue
                        }
                        writeHeader(newFp, function: function, globals: FunctionObject.globals(m), code: target,
                                    resume: next, callerFp: fp - base, dst: w(1))
                        fp = newFp
                        code = target
                        words = code.words.baseAddress!
                        pc = 0
                    case .returnValue:
                        let value = fp[w(1)]
                        let resume = Int(fp[-3].asSmallInt)
                        if resume < 0 { return value }
                        var dst = Int(fp[-1].asSmallInt)
                        fp = base + Int(fp[-2].asSmallInt)
                        code = rt.code(at: Int(fp[-4].asSmallInt))
                        words = code.words.baseAddress!
                        stack.top = fp - base + code.registerCount
                        pc = resume
                        rt.depth -= 1
                        if dst < 0 {
                            dst = -dst - 1
                            if !value.isNone {
                                // Reported at the call, as CPython does.
                                pc = Interpreter.instructionStart(in: code, endingAt: resume)
                                throw PythonError("TypeError", "__init__() should return None, not '\(rt.typeName(value))'")
                            }
                        } else {
                            fp[dst] = value
                        }
                    case .raise:
                        throw RaisedException(value: try rt.exceptionToRaise(fp[w(1)]))
                    case .raiseFrom:
                        let e = try rt.exceptionToRaise(fp[w(1)])
                        fp[w(1)] = e
                        var cause = fp[w(2)]
                        if ExceptionObject.isExceptionType(rt, cause) { cause = try rt.callType(cause, []) }
                        guard cause.isNone || ExceptionObject.isInstance(cause) else {
                            throw PythonError("TypeError", "exception causes must derive from BaseException")
                        }
                        ValueVector.values(e.asObject)[ExceptionObject.causeField] = cause
                        ValueVector.values(e.asObject)[ExceptionObject.suppressField] = .true
                        throw RaisedException(value: e)
                    case .reraise:
                        throw RaisedException(value: fp[w(1)], reraise: true)
                    case .exceptionMatches:
                        fp[w(1)] = .bool(try ExceptionObject.matches(rt, fp[w(2)], fp[w(3)]))
                        pc += 4
                    case .formatValue:
                        var v = fp[w(2)]
                        switch w(3) {
                        case Int(UInt8(ascii: "r")): v = try rt.makeStr(rt.repr(v))
                        case Int(UInt8(ascii: "s")): v = try rt.makeStr(rt.str(v))
                        case Int(UInt8(ascii: "a")): v = try rt.makeStr(PythonRepr.asciiEscaped(rt.repr(v)))
                        default: break
                        }
                        let spec = w(4) == w(2) ? "" : rt.swiftString(fp[w(4)])
                        if spec.isEmpty && StrObject.isStr(v) && v.asObject.objectHeader.pointee.classWord == 0 {
                            fp[w(1)] = v
                        } else {
                            fp[w(1)] = try rt.makeStr(try rt.format(v, spec))
                        }
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
                        for i in 0..<w(3) { text += rt.swiftString(fp[w(2) + i]) }
                        fp[w(1)] = try rt.makeStr(text)
                        pc += 4
                    case .buildList:
                        fp[w(1)] = try ListObject.make(rt, UnsafeBufferPointer(start: fp + w(2), count: w(3)))
                        pc += 4
                    case .loadSubscript:
                        let container = fp[w(2)], i = fp[w(3)]
                        if container.isObject && i.isSmallInt && container.asObject.objectHeader.pointee.classWord == 0 {
                            // Exact lists and tuples with an int index, negative ones counted from the end.
                            let o = container.asObject
                            let kind = o.objectKind
                            if kind == .list || kind == .tuple {
                                let n = kind == .list ? ListObject.count(o) : TupleObject.count(o)
                                var k = Int(i.asSmallInt)
                                if k < 0 { k += n }
                                if k >= 0 && k < n {
                                    code.feedback[w(4)] |= Feedback.other
                                    fp[w(1)] = kind == .list ? ListObject.items(o)[k] : TupleObject.items(o)[k]
                                    pc += 5
                                    continue
                                }
                            }
                        }
                        code.feedback[w(4)] |= Feedback.kind(container)
                        fp[w(1)] = try rt.getItem(container, i)
                        pc += 5
                    case .storeSubscript:
                        let container = fp[w(1)], i = fp[w(2)]
                        if container.isObject && i.isSmallInt && container.asObject.objectKind == .list
                            && container.asObject.objectHeader.pointee.classWord == 0 {
                            let l = container.asObject
                            let n = ListObject.count(l)
                            var k = Int(i.asSmallInt)
                            if k < 0 { k += n }
                            if k >= 0 && k < n {
                                ListObject.items(l)[k] = fp[w(3)]
                                pc += 4
                                continue
                            }
                        }
                        try rt.storeSubscript(container, i, fp[w(3)])
                        pc += 4
                    case .deleteSubscript:
                        try rt.deleteSubscript(fp[w(1)], fp[w(2)])
                        pc += 3
                    case .contains, .notContains:
                        let found = try rt.contains(fp[w(3)], fp[w(2)])
                        fp[w(1)] = .bool(op == .contains ? found : !found)
                        pc += 4
                    case .makeFunction:
                        let index = Int(code.constants[w(2)].asSmallInt)
                        let flags = w(4)
                        var next = w(3)
                        var defaults = Value.none, kwdefaults = Value.none, closure = Value.none
                        if flags & 1 != 0 { defaults = fp[next]; next += 1 }
                        if flags & 2 != 0 { kwdefaults = fp[next]; next += 1 }
                        if flags & 4 != 0 { closure = fp[next]; next += 1 }
                        fp[w(1)] = try FunctionObject.make(rt, code: rt.code(at: index), globals: fp[-5], defaults: defaults,
                                                           kwdefaults: kwdefaults, closure: closure)
                        if flags & 8 != 0 {
                            let d = try FunctionObject.ensureDict(rt, fp[w(1)].asObject)
                            try DictObject.set(rt.heap, d.asObject, try rt.intern("__annotations__"), fp[next], rt.ops)
                        }
                        pc += 5
                    case .getIter:
                        fp[w(1)] = try rt.getIter(fp[w(2)])
                        pc += 3
                    case .forIter:
                        let it = fp[w(2)]
                        let next: Value?
                        if it.isObject && it.asObject.objectKind == .iterator {
                            next = try IteratorObject.next(rt, it.asObject)
                        } else {
                            next = try rt.nextOrNil(it)
                        }
                        if let v = next {
                            fp[w(1)] = v
                            pc += 4
                        } else {
                            pc = w(3)
                        }
                    case .buildTuple:
                        let items = (0..<w(3)).map { fp[w(2) + $0] }
                        fp[w(1)] = try rt.tuple(items)
                        pc += 4
                    case .unpackSequence:
                        try rt.unpack(fp[w(2)], into: fp + w(1), count: w(3))
                        pc += 4
                    case .loadAttr:
                        let v = fp[w(2)]
                        let cache = code.caches.baseAddress! + w(4) * InlineCache.words
                        if v.isObject {
                            let o = v.asObject
                            let classWord = o.objectHeader.pointee.classWord
                            if classWord != 0 && cache[0].bits == Value.objectTag << Value.tagShift | classWord
                                && cache[2].asSmallInt >= 0
                                && TypeObject.field(Shape.typeOf(shape: UnsafeMutableRawPointer(bitPattern: UInt(classWord))!).asObject,
                                                    TypeObject.version).bits == cache[1].bits {
                                let slot = Instance.slotAddress(o, Int(cache[2].asSmallInt)).pointee
                                if !slot.isEmpty {
                                    fp[w(1)] = slot
                                    pc += 5
                                    continue
                                }
                            }
                        }
                        fp[w(1)] = try rt.loadAttribute(v, code.names[w(3)], cache)
                        pc += 5
                    case .storeAttr:
                        let v = fp[w(1)]
                        let cache = code.caches.baseAddress! + w(4) * InlineCache.words
                        if v.isObject {
                            let o = v.asObject
                            let classWord = o.objectHeader.pointee.classWord
                            if classWord != 0 && cache[0].bits == Value.objectTag << Value.tagShift | classWord
                                && cache[2].asSmallInt >= 0
                                && TypeObject.field(Shape.typeOf(shape: UnsafeMutableRawPointer(bitPattern: UInt(classWord))!).asObject,
                                                    TypeObject.version).bits == cache[1].bits {
                                let slot = Int(cache[2].asSmallInt)
                                if cache[3].isNone {
                                    Instance.slotAddress(o, slot).pointee = fp[w(3)]
                                    pc += 5
                                    continue
                                }
                                if slot < Instance.inlineCapacity(o) {
                                    // A cached transition: add the attribute and move to the new shape.
                                    Instance.slotAddress(o, slot).pointee = fp[w(3)]
                                    o.objectHeader.pointee.classWord = UInt64(UInt(bitPattern: cache[3].asObject))
                                    pc += 5
                                    continue
                                }
                            }
                        }
                        try rt.storeAttribute(v, code.names[w(2)], fp[w(3)], cache)
                        pc += 5
                    case .deleteAttr:
                        try rt.delAttr(fp[w(1)], code.names[w(2)])
                        pc += 3
                    case .loadName:
                        let name = code.names[w(2)]
                        if let v = try rt.namespaceGet(fp[0], name)
                            ?? DictObject.get(fp[-5].asObject, name, rt.ops)
                            ?? DictObject.get(rt.builtins.asObject, name, rt.ops) {
                            fp[w(1)] = v
                        } else {
                            throw PythonError("NameError", "name '\(rt.swiftString(name))' is not defined", name: name)
                        }
                        pc += 3
                    case .storeName:
                        if rt.isPlainDict(fp[0]) {
                            try DictObject.set(rt.heap, fp[0].asObject, code.names[w(1)], fp[w(2)], rt.ops)
                        } else {
                            try rt.storeSubscript(fp[0], code.names[w(1)], fp[w(2)])
                        }
                        pc += 3
                    case .deleteName:
                        let name = code.names[w(1)]
                        if !(try rt.namespaceDelete(fp[0], name)) {
                            throw PythonError("NameError", "name '\(rt.swiftString(name))' is not defined", name: name)
                        }
                        pc += 2
                    case .deleteGlobal:
                        let name = code.names[w(1)]
                        if !(try DictObject.delete(fp[-5].asObject, name, rt.ops)) {
                            throw PythonError("NameError", "name '\(rt.swiftString(name))' is not defined", name: name)
                        }
                        pc += 2
                    case .loadDeref:
                        let v = CellObject.contents(fp[w(2)].asObject).pointee
                        if v.isEmpty { throw unboundError(code, w(2), code.names[w(3)]) }
                        fp[w(1)] = v
                        pc += 4
                    case .storeDeref:
                        CellObject.contents(fp[w(1)].asObject).pointee = fp[w(2)]
                        pc += 3
                    case .deleteDeref:
                        let cell = CellObject.contents(fp[w(1)].asObject)
                        if cell.pointee.isEmpty { throw unboundError(code, w(1), code.names[w(2)]) }
                        cell.pointee = .empty
                        pc += 3
                    case .checkBound:
                        if fp[w(1)].isEmpty { throw unboundError(code, w(1), code.names[w(2)]) }
                        pc += 3
                    case .deleteLocal:
                        if fp[w(1)].isEmpty { throw unboundError(code, w(1), code.names[w(2)]) }
                        fp[w(1)] = .empty
                        pc += 3
                    case .loadBuildClass:
                        fp[w(1)] = rt.buildClassFunction
                        pc += 2
                    case .listAppend:
                        try ListObject.append(rt, fp[w(1)].asObject, fp[w(2)])
                        pc += 3
                    case .listExtend:
                        try rt.extend(fp[w(1)], with: fp[w(2)], starred: .display)
                        pc += 3
                    case .listToTuple:
                        let l = fp[w(2)].asObject
                        fp[w(1)] = try rt.tuple(Array(UnsafeBufferPointer(start: ListObject.items(l), count: ListObject.count(l))))
                        pc += 3
                    case .extendCallArguments:
                        try rt.extend(fp[w(1)], with: fp[w(2)], starred: .call(callee: fp[w(3)]))
                        pc += 4
                    case .dictMerge:
                        try rt.mergeKeywords(into: fp[w(1)], fp[w(2)], callee: fp[w(3)])
                        pc += 4
                    }
                }
            } catch {
                // Find a handler in this frame or a caller's, popping frames.
                let exceptionValue: Value
                var reraised = false
                if let raised = error as? RaisedException {
                    exceptionValue = raised.value
                    reraised = raised.reraise
                } else if let python = error as? PythonError {
                    exceptionValue = try ExceptionObject.instance(rt, for: python)
                } else {
                    throw error
                }
                rt.inFlight.pointee = exceptionValue
                if !reraised {
                    rt.recordTraceback(exceptionValue, fp: fp, pc: pc, fromCallee: false)
                    setContext(exceptionValue, fp, code, pc)
                }
                while true {
                    if let (handler, register) = code.handler(at: pc) {
                        fp[register] = exceptionValue
                        pc = handler
                        break
                    }
                    let resume = Int(fp[-3].asSmallInt)
                    if resume < 0 { throw RaisedException(value: exceptionValue) }
                    fp = base + Int(fp[-2].asSmallInt)
                    code = rt.code(at: Int(fp[-4].asSmallInt))
                    words = code.words.baseAddress!
                    stack.top = fp - base + code.registerCount
                    pc = Interpreter.instructionStart(in: code, endingAt: resume)
                    rt.depth -= 1
                    rt.recordTraceback(exceptionValue, fp: fp, pc: pc, fromCallee: true)
                }
                rt.inFlight.pointee = .none
            }
        }
    }

    /// A generator function's call: the frame `pushFrame` bound becomes a
    /// generator object, and is popped again (also when that fails).
    private func generator(_ function: Value, _ target: CodeBlock, at newFp: UnsafeMutablePointer<Value>,
                           callerTop: Int) throws -> Value {
        defer {
            rt.stack.top = callerTop
            rt.depth -= 1
        }
        return try GeneratorObject.make(rt, function: function, frame: newFp, count: target.registerCount)
    }

    /// Implicit chaining: an exception raised while another is handled (in
    /// this frame or a caller's) gets that one as its __context__.
    private func setContext(_ e: Value, _ startFp: UnsafeMutablePointer<Value>, _ startCode: CodeBlock, _ startPc: Int) {
        let fields = ValueVector.values(e.asObject)
        guard fields[ExceptionObject.contextField].isNone else { return }
        if let handled = handledException(startFp, startCode, startPc) {
            if handled.bits != e.bits && ExceptionObject.isInstance(handled) {
                // No cycles: drop the link if `e` is already in handled's chain.
                var link = handled
                while ExceptionObject.isInstance(link) {
                    let next = ValueVector.values(link.asObject)[ExceptionObject.contextField]
                    if next.bits == e.bits { ValueVector.values(link.asObject)[ExceptionObject.contextField] = .none; break }
                    link = next
                }
                fields[ExceptionObject.contextField] = handled
            }
        }
    }

    /// The exception being handled at `pc` of this frame or, failing that,
    /// at the call sites of its callers (what sys.exc_info() reports).
    func handledException(_ startFp: UnsafeMutablePointer<Value>, _ startCode: CodeBlock, _ startPc: Int) -> Value? {
        var fp = startFp, code = startCode, pc = startPc
        while true {
            if let register = code.handlingRegister(at: pc) { return fp[register] }
            let resume = Int(fp[-3].asSmallInt)
            if resume < 0 { return nil }
            fp = rt.stack.base + Int(fp[-2].asSmallInt)
            code = rt.code(at: Int(fp[-4].asSmallInt))
            pc = Interpreter.instructionStart(in: code, endingAt: resume)
        }
    }

    private func unboundError(_ code: CodeBlock, _ register: Int, _ name: Value) -> PythonError {
        let n = rt.swiftString(name)
        if code.freeRegisters.contains(register) {
            return PythonError("NameError", "cannot access free variable '\(n)' where it is not associated with a value in enclosing scope")
        }
        return PythonError("UnboundLocalError", "cannot access local variable '\(n)' where it is not associated with a value")
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

    /// The inline paths of + - * / // %: two floats, two small ints without
    /// overflow; anything else goes to `binarySlow`. `op` is a literal at
    /// every call, so each case of the dispatch loop keeps only its own path.
    @inline(__always)
    private func arithmetic(_ op: Opcode, _ a: Value, _ b: Value, _ seen: UnsafeMutablePointer<UInt8>,
                            inplace: Bool = false) throws -> Value {
        if a.isDouble && b.isDouble {
            let x = a.asDouble, y = b.asDouble
            switch op {
            case .add: seen.pointee |= Feedback.float; return Value(double: x + y)
            case .subtract: seen.pointee |= Feedback.float; return Value(double: x - y)
            case .multiply: seen.pointee |= Feedback.float; return Value(double: x * y)
            case .trueDivide where y != 0: seen.pointee |= Feedback.float; return Value(double: x / y)
            default: break
            }
        } else if a.isSmallInt && b.isSmallInt {
            let x = a.asSmallInt, y = b.asSmallInt
            switch op {
            case .add:
                if let v = Value(smallInt: x &+ y) { seen.pointee |= Feedback.smallInt; return v }
            case .subtract:
                if let v = Value(smallInt: x &- y) { seen.pointee |= Feedback.smallInt; return v }
            case .multiply:
                let (p, overflow) = x.multipliedReportingOverflow(by: y)
                if !overflow, let v = Value(smallInt: p) { seen.pointee |= Feedback.smallInt; return v }
            case .floorDivide where y != 0:
                // Python rounds toward negative infinity; -2**47 // -1 is the one overflow.
                var q = x / y
                if (x % y != 0) && ((x < 0) != (y < 0)) { q -= 1 }
                if let v = Value(smallInt: q) { seen.pointee |= Feedback.smallInt; return v }
            case .modulo where y != 0:
                // The remainder takes the divisor's sign.
                var r = x % y
                if r != 0 && ((r < 0) != (y < 0)) { r += y }
                seen.pointee |= Feedback.smallInt
                return Value(uncheckedSmallInt: r)
            default: break
            }
        }
        return try binarySlow(op, a, b, seen, inplace: inplace)
    }

    /// Everything but the inline paths: mixed int and float operands, float
    /// powers, then the runtime's full binary operation.
    @inline(never)
    private func binarySlow(_ op: Opcode, _ a: Value, _ b: Value, _ seen: UnsafeMutablePointer<UInt8>,
                            inplace: Bool = false) throws -> Value {
        seen.pointee |= Feedback.kind(a) | Feedback.kind(b)
        if (a.isDouble || a.isSmallInt) && (b.isDouble || b.isSmallInt) && !(a.isSmallInt && b.isSmallInt) {
            // Float arithmetic, with a small int operand converted exactly
            // (48-bit payloads fit a double's 53-bit mantissa).
            let x = a.isDouble ? a.asDouble : Double(a.asSmallInt)
            let y = b.isDouble ? b.asDouble : Double(b.asSmallInt)
            switch op {
            case .add: return Value(double: x + y)
            case .subtract: return Value(double: x - y)
            case .multiply: return Value(double: x * y)
            case .trueDivide where y != 0: return Value(double: x / y)
            case .power where x > 0 && x.isFinite && y.isFinite:
                // A positive finite base: pow() cannot fail or turn complex; an
                // overflow to infinity is left to the OverflowError path.
                let p = pow(x, y)
                if p.isFinite { return Value(double: p) }
            default: break
            }
        }
        // Numbers have no in-place forms; anything else may define __iadd__ and the like.
        if inplace && !((a.isSmallInt || a.isDouble) && (b.isSmallInt || b.isDouble)) {
            return try rt.inplace(Interpreter.binaryOp(op), a, b)
        }
        return try rt.binary(Interpreter.binaryOp(op), a, b)
    }

    static func binaryOp(_ op: Opcode) -> Runtime.BinaryOp {
        switch op {
        case .add: return .add
        case .subtract: return .subtract
        case .multiply: return .multiply
        case .trueDivide: return .trueDivide
        case .floorDivide: return .floorDivide
        case .modulo: return .modulo
        case .power: return .power
        case .leftShift: return .leftShift
        case .rightShift: return .rightShift
        case .bitAnd: return .bitAnd
        case .bitOr: return .bitOr
        case .matrixMultiply: return .matrixMultiply
        default: return .bitXor
        }
    }

    @inline(__always)
    private func compare(_ op: Opcode, _ a: Value, _ b: Value, _ seen: UnsafeMutablePointer<UInt8>) throws -> Value {
        if a.isSmallInt && b.isSmallInt {
            seen.pointee |= Feedback.smallInt
            let x = a.asSmallInt, y = b.asSmallInt
            switch op {
            case .less: return .bool(x < y)
            case .lessEqual: return .bool(x <= y)
            case .greater: return .bool(x > y)
            case .greaterEqual: return .bool(x >= y)
            case .equal: return .bool(x == y)
            default: return .bool(x != y)
            }
        }
        if a.isDouble && b.isDouble {
            // IEEE comparisons are Python's for floats (NaN compares false).
            seen.pointee |= Feedback.float
            let x = a.asDouble, y = b.asDouble
            switch op {
            case .less: return .bool(x < y)
            case .lessEqual: return .bool(x <= y)
            case .greater: return .bool(x > y)
            case .greaterEqual: return .bool(x >= y)
            case .equal: return .bool(x == y)
            default: return .bool(x != y)
            }
        }
        return try compareSlow(op, a, b, seen)
    }

    @inline(never)
    private func compareSlow(_ op: Opcode, _ a: Value, _ b: Value, _ seen: UnsafeMutablePointer<UInt8>) throws -> Value {
        seen.pointee |= Feedback.kind(a) | Feedback.kind(b)
        // CPython's generic comparison (PyObject_RichCompare) takes a level
        // of recursion; its specialized int, float and str == forms do not.
        if rt.depth >= rt.recursionLimit, !(StrObject.isStr(a) && StrObject.isStr(b) && (op == .equal || op == .notEqual)) {
            throw PythonError("RecursionError", "maximum recursion depth exceeded in comparison")
        }
        switch op {
        case .equal: return try rt.richCompare(.equal, a, b)
        case .notEqual: return try rt.richCompare(.notEqual, a, b)
        case .less: return try rt.richCompare(.less, a, b)
        case .lessEqual: return try rt.richCompare(.lessEqual, a, b)
        case .greater: return try rt.richCompare(.greater, a, b)
        default: return try rt.richCompare(.greaterEqual, a, b)
        }
    }
}
