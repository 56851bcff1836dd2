/// Generators. Calling a generator function binds its arguments in a frame
/// and saves that frame's registers into the generator object; each resume
/// copies them back onto the VM stack, runs from the saved offset until the
/// next yield (which saves them again) or the end.
///
///     0 function   1 saved registers (value vector)   2 resume offset
///     3 state (created, suspended, running, finished)  4 globals
///     5 offset of the suspending yield (for throw())
enum GeneratorObject {
    static let function = 0, registers = 1, resumePc = 2, state = 3, globals = 4, yieldPc = 5
    static let fieldCount = 6
    static let created: Int64 = 0, suspended: Int64 = 1, running: Int64 = 2, finished: Int64 = 3

    @inline(__always) static func field(_ g: UnsafeMutableRawPointer, _ i: Int) -> Value { ValueVector.values(g)[i] }
    @inline(__always) static func set(_ g: UnsafeMutableRawPointer, _ i: Int, _ v: Value) { ValueVector.values(g)[i] = v }
    static func state(_ g: UnsafeMutableRawPointer) -> Int64 { field(g, state).asSmallInt }
    static func setState(_ g: UnsafeMutableRawPointer, _ s: Int64) { set(g, state, Value(uncheckedSmallInt: s)) }

    /// A generator for `f` whose bound frame is `frame` (registerCount slots).
    static func make(_ rt: Runtime, function f: Value, frame: UnsafeMutablePointer<Value>, count: Int) throws -> Value {
        try rt.withTemporaryRoots(1) { roots in
            roots[0] = try vector(rt, kind: .other, Array(UnsafeBufferPointer(start: frame, count: count)))
            let g = try vector(rt, kind: .generator, [f, roots[0], Value(uncheckedSmallInt: 0),
                                                      Value(uncheckedSmallInt: created),
                                                      FunctionObject.globals(f.asObject), Value(uncheckedSmallInt: 0)])
            let kind = rt.code(at: FunctionObject.codeIndex(f.asObject)).coroutineKind
            if kind != 0 {
                // Coroutines and async generators are generator objects of another type.
                let type = kind == 1 ? rt.types.coroutine : rt.types.asyncGenerator
                g.asObject.objectHeader.pointee.classWord = UInt64(UInt(bitPattern: TypeObject.field(type.asObject, TypeObject.rootShape).asObject))
            }
            return g
        }
    }

    static func install(_ rt: Runtime) throws {
        rt.types.coroutine = rt.pin(try TypeObject.make(rt, name: "coroutine", bases: [rt.types.object], dict: nil,
                                                        instanceKind: .generator, flags: 0))
        rt.types.asyncGenerator = rt.pin(try TypeObject.make(rt, name: "async_generator", bases: [rt.types.object], dict: nil,
                                                             instanceKind: .generator, flags: 0))
        for t in [rt.types.generator, rt.types.coroutine] { try installMethods(rt, t) }
        try rt.defineMethod(rt.types.generator, "__iter__") { _, args in args[0] }
        try rt.defineMethod(rt.types.generator, "__next__") { rt, args in
            guard let v = try rt.interpreter.resume(args[0].asObject, sending: .none, throwing: nil) else {
                throw rt.stopIteration()
            }
            return v
        }
        try rt.defineMethod(rt.types.coroutine, "__await__") { _, args in args[0] }
        try rt.defineMethod(rt.types.asyncGenerator, "__aiter__") { _, args in args[0] }
        for name in ["__anext__", "asend", "athrow", "aclose"] {
            try rt.defineMethod(rt.types.asyncGenerator, name) { _, _ in
                throw PythonError("NotImplementedError", "asynchronous generators are not supported by tiercel yet")
            }
        }
    }

    /// send, throw and close, shared by generators and coroutines.
    private static func installMethods(_ rt: Runtime, _ t: Value) throws {
        try rt.defineMethod(t, "send") { rt, args in
            try BuiltinMethods.arity("send", args, 1...1)
            let g = args[0].asObject
            if state(g) == created && !args[1].isNone {
                throw PythonError("TypeError", "can't send non-None value to a just-started generator")
            }
            guard let v = try rt.interpreter.resume(g, sending: args[1], throwing: nil) else {
                throw rt.stopIteration()
            }
            return v
        }
        try rt.defineMethod(t, "throw") { rt, args in
            try BuiltinMethods.arity("throw", args, 1...3)
            var e = args[1]
            let value = args.count > 2 ? args[2] : .none
            if TypeObject.isType(e) {
                // throw(type, value): value itself when it is already an instance of type.
                if ExceptionObject.isInstance(value) && TypeObject.isSubtype(rt.typeOf(value).asObject, e.asObject) {
                    e = value
                } else if TupleObject.isTuple(value) {
                    e = try rt.callType(e, Array(UnsafeBufferPointer(start: TupleObject.items(value.asObject), count: TupleObject.count(value.asObject))))
                } else {
                    e = try rt.callType(e, value.isNone ? [] : [value])
                }
            } else if ExceptionObject.isInstance(e) && !value.isNone {
                throw PythonError("TypeError", "instance exception may not have a separate value")
            }
            guard ExceptionObject.isInstance(e) else {
                throw PythonError("TypeError", "exceptions must be classes or instances deriving from BaseException, not \(rt.typeName(e))")
            }
            guard let v = try rt.interpreter.resume(args[0].asObject, sending: .none, throwing: e) else {
                throw rt.stopIteration()
            }
            return v
        }
        try rt.defineMethod(t, "close") { rt, args in
            try BuiltinMethods.arity("close", args, 0...0)
            try close(rt, args[0].asObject)
            return .none
        }
    }

    /// gen.close(): GeneratorExit at the paused yield.
    static func close(_ rt: Runtime, _ g: UnsafeMutableRawPointer) throws {
        let s = state(g)
        if s == finished { return }
        if s == created {
            setState(g, finished)
            return
        }
        let exit = try ExceptionObject.instance(rt, type: try rt.builtin("GeneratorExit"), args: [])
        do {
            if try rt.interpreter.resume(g, sending: .none, throwing: exit) != nil {
                throw PythonError("RuntimeError", "generator ignored GeneratorExit")
            }
        } catch let e as RaisedException where rt.isException(e.value, "GeneratorExit") || rt.isException(e.value, "StopIteration") {
            return
        }
    }
}

extension Interpreter {
    enum ForwardedThrow {
        /// The inner iterator yielded this: the outer generator yields it too.
        case yielded(Value)
        /// The inner iterator finished with this value: `yield from` ends with it.
        case returned(Value)
        /// The exception to raise in the outer generator at its yield.
        case raised(Value)
    }

    /// gen.throw(e) / gen.close() reaching a `yield from`: GeneratorExit
    /// closes the inner iterator and then goes on outward; other exceptions
    /// go to the inner iterator's throw() when it has one.
    private func forwardThrow(_ e: Value, to inner: Value) throws -> ForwardedThrow {
        if rt.isException(e, "GeneratorExit") {
            if let close = try rt.getAttrOrNil(inner, try rt.intern("close")) { _ = try rt.call(close, []) }
            return .raised(e)
        }
        guard let throwMethod = try rt.getAttrOrNil(inner, try rt.intern("throw")) else { return .raised(e) }
        do {
            return .yielded(try rt.call(throwMethod, [e]))
        } catch let stop as RaisedException where rt.isException(stop.value, "StopIteration") {
            return .returned(try rt.getAttr(stop.value, try rt.intern("value")))
        } catch let stop as PythonError where stop.type == "StopIteration" {
            return .returned(stop.value ?? .none)
        } catch let other as RaisedException {
            return .raised(other.value)
        } catch let other as PythonError {
            return .raised(try ExceptionObject.instance(rt, for: other))
        }
    }

    /// Runs generator `g` to its next yield: the yielded value, or nil when
    /// it returned (its value is left in `rt.generatorReturnValue`).
    func resume(_ g: UnsafeMutableRawPointer, sending: Value, throwing: Value?) throws -> Value? {
        switch GeneratorObject.state(g) {
        case GeneratorObject.running: throw PythonError("ValueError", "generator already executing")
        case GeneratorObject.finished:
            if let e = throwing { throw RaisedException(value: e) }
            rt.generatorReturnValue = .none
            return nil
        default: break
        }
        unowned(unsafe) let stack = rt.stack
        let entryTop = stack.top
        let savedDepth = rt.depth
        defer { stack.top = entryTop; rt.depth = savedDepth }
        let f = GeneratorObject.field(g, GeneratorObject.function).asObject
        unowned(unsafe) let code = rt.code(at: FunctionObject.codeIndex(f))
        let fp = stack.base + entryTop + Interpreter.headerSlots
        if rt.depth >= rt.recursionLimit || fp - stack.base + code.registerCount >= VMStack.capacity {
            throw PythonError("RecursionError", "maximum recursion depth exceeded")
        }
        let saved = GeneratorObject.field(g, GeneratorObject.registers).asObject
        for i in 0..<code.registerCount { fp[i] = ValueVector.values(saved)[i] }
        stack.top = fp - stack.base + code.registerCount
        fp[-6] = Value(object: g)
        fp[-5] = GeneratorObject.field(g, GeneratorObject.globals)
        fp[-4] = Value(uncheckedSmallInt: Int64(code.index))
        fp[-3] = Value(uncheckedSmallInt: -1)
        fp[-2] = Value(uncheckedSmallInt: 0)
        fp[-1] = Value(uncheckedSmallInt: 0)
        rt.depth += 1
        var pc = Int(GeneratorObject.field(g, GeneratorObject.resumePc).asSmallInt)
        var throwing = throwing
        if GeneratorObject.state(g) == GeneratorObject.suspended {
            // The yield's result register receives the sent value.
            let yieldAt = Int(GeneratorObject.field(g, GeneratorObject.yieldPc).asSmallInt)
            fp[Int(code.words[yieldAt + 1])] = sending
            if let e = throwing {
                pc = yieldAt
                // Suspended in `yield from`: throw() and close() go to the inner iterator first.
                let sendAt = yieldAt - Opcode.send.info.length
                if sendAt >= 0, code.words[sendAt] == UInt32(Opcode.send.rawValue) {
                    let inner = fp[Int(code.words[sendAt + 2])]
                    GeneratorObject.setState(g, GeneratorObject.running)
                    defer { if GeneratorObject.state(g) == GeneratorObject.running { GeneratorObject.setState(g, GeneratorObject.suspended) } }
                    switch try forwardThrow(e, to: inner) {
                    case .yielded(let v):
                        return v
                    case .returned(let v):
                        fp[Int(code.words[sendAt + 1])] = v
                        pc = Int(code.words[sendAt + 4])
                        throwing = nil
                    case .raised(let replacement):
                        throwing = replacement
                    }
                }
            }
        }
        GeneratorObject.setState(g, GeneratorObject.running)
        let result: Value
        do {
            result = try execute(fp, code, startPc: pc, throwing: throwing)
        } catch {
            GeneratorObject.setState(g, GeneratorObject.finished)
            if let raised = error as? RaisedException, rt.isException(raised.value, "StopIteration") {
                // PEP 479: StopIteration escaping a generator becomes RuntimeError.
                let replacement = try ExceptionObject.instance(rt, type: try rt.builtin("RuntimeError"),
                                                                args: [try rt.makeStr("generator raised StopIteration")])
                ValueVector.values(replacement.asObject)[ExceptionObject.causeField] = raised.value
                ValueVector.values(replacement.asObject)[ExceptionObject.contextField] = raised.value
                ValueVector.values(replacement.asObject)[ExceptionObject.suppressField] = .true
                throw RaisedException(value: replacement)
            }
            throw error
        }
        if GeneratorObject.state(g) == GeneratorObject.suspended { return result }
        GeneratorObject.setState(g, GeneratorObject.finished)
        rt.generatorReturnValue = result
        return nil
    }
}

extension Runtime {
    /// What `await v` iterates: a coroutine itself, or the iterator its
    /// type's __await__ returns.
    func awaitable(_ v: Value) throws -> Value {
        let t = typeOf(v)
        if t.bits == types.coroutine.bits { return v }
        guard let m = try TypeObject.lookup(self, t.asObject, try intern("__await__")) else {
            throw PythonError("TypeError", "object \(typeName(v)) can't be used in 'await' expression")
        }
        let it = try callSpecial(m, v, [])
        if typeOf(it).bits == types.coroutine.bits {
            throw PythonError("TypeError", "__await__() returned a coroutine")
        }
        let isIterator = it.isObject && [.iterator, .generator, .lazyIterator].contains(it.asObject.objectKind)
        guard try isIterator || userMethod(it, "__next__") != nil else {
            throw PythonError("TypeError", "__await__() returned non-iterator of type '\(typeName(it))'")
        }
        return it
    }
}
