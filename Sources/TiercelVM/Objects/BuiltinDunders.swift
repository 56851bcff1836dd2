/// The special methods of the built-in types as attributes: `(7).__add__`,
/// `str.__len__`, `iter([]).__next__`, `{}.__getitem__`. The interpreter does
/// not call these (it runs the operations directly); they exist for code that
/// names them. Each performs the same operation the syntax does, and a binary
/// one returns NotImplemented for operands it does not handle, as in CPython.
///
/// Their native indices are recorded so `userMethod` never mistakes one for a
/// Python override on a subclass (that would make the operation call itself).
enum BuiltinDunders {
    typealias Body = (Runtime, UnsafeBufferPointer<Value>) throws -> Value

    static func install(_ rt: Runtime) throws {
        let t = rt.types
        let numbers = [t.int, t.float]
        let sequences = [t.str, t.list, t.tuple, t.bytes, t.bytearray]
        let sized = sequences + [t.range, t.dict, t.set, t.frozenset]
        let everything = sized + numbers

        func define(_ name: String, _ types: [Value], _ arity: Int, _ body: @escaping Body) throws {
            try define(name, types, arity...arity, body)
        }
        func define(_ name: String, _ types: [Value], _ arity: ClosedRange<Int>, _ body: @escaping Body) throws {
            for type in types {
                let owner = TypeObject.nameString(rt, type.asObject)
                let index = rt.registerNative(name) { rt, args in
                    guard arity.contains(args.count - 1) else {
                        let n = args.count - 1 < arity.lowerBound ? arity.lowerBound : arity.upperBound
                        let bound = arity.count == 1 ? "" : (args.count - 1 < arity.lowerBound ? "at least " : "at most ")
                        throw PythonError("TypeError", "expected \(bound)\(n) argument\(n == 1 ? "" : "s"), got \(args.count - 1)")
                    }
                    guard TypeObject.isSubtype(rt.typeOf(args[0]).asObject, type.asObject) else {
                        throw PythonError("TypeError", "descriptor '\(name)' requires a '\(owner)' object but received a '\(rt.typeName(args[0]))'")
                    }
                    return try body(rt, args)
                }
                rt.operatorNatives.insert(index)
                let descriptor = try vector(rt, kind: .methodDescriptor,
                                            [Value(uncheckedSmallInt: Int64(index)), try rt.intern(name), type])
                let dict = TypeObject.field(type.asObject, TypeObject.dict).asObject
                if try DictObject.get(dict, try rt.intern(name), rt.ops) == nil {
                    try TypeObject.setInDict(rt, type.asObject, try rt.intern(name), descriptor)
                }
            }
        }

        /// A binary operator: NotImplemented when the operand types don't fit.
        func binary(_ name: String, _ types: [Value], _ op: Runtime.BinaryOp, reflected: Bool) throws {
            try define(name, types, name == "__pow__" ? 1...2 : 1...1) { rt, args in
                // int's methods take ints only, float's ints and floats: int.__add__(1.5) is NotImplemented.
                let other = rt.typeOf(args[1]).asObject
                if TypeObject.isSubtype(rt.typeOf(args[0]).asObject, rt.types.int.asObject) {
                    if !TypeObject.isSubtype(other, rt.types.int.asObject) { return .notImplemented }
                } else if TypeObject.isSubtype(rt.typeOf(args[0]).asObject, rt.types.float.asObject) {
                    if !TypeObject.isSubtype(other, rt.types.int.asObject) && !TypeObject.isSubtype(other, rt.types.float.asObject) {
                        return .notImplemented
                    }
                }
                if args.count == 3 { return try rt.call(try rt.builtin("pow"), [args[0], args[1], args[2]]) }
                // Sequence concatenation and repetition raise, as sq_concat and sq_repeat do.
                if args[0].isObject && [.str, .list, .tuple, .bytes, .bytearray].contains(args[0].asObject.objectKind) {
                    return reflected ? try rt.binary(op, args[1], args[0]) : try rt.binary(op, args[0], args[1])
                }
                do {
                    return reflected ? try rt.binary(op, args[1], args[0]) : try rt.binary(op, args[0], args[1])
                } catch let e as PythonError where e.type == "TypeError" && (e.message.hasPrefix("unsupported operand")
                                                                             || e.message.hasPrefix("can only concatenate")
                                                                             || e.message.hasPrefix("can't multiply")
                                                                             || e.message.hasPrefix("can't concat")) {
                    return .notImplemented
                }
            }
        }
        let arithmetic: [(String, Runtime.BinaryOp)] = [("add", .add), ("sub", .subtract), ("mul", .multiply),
                                                        ("truediv", .trueDivide), ("floordiv", .floorDivide),
                                                        ("mod", .modulo), ("pow", .power)]
        for (name, op) in arithmetic {
            try binary("__\(name)__", numbers, op, reflected: false)
            try binary("__r\(name)__", numbers, op, reflected: true)
        }
        for (name, op) in [("lshift", Runtime.BinaryOp.leftShift), ("rshift", .rightShift), ("and", .bitAnd),
                           ("or", .bitOr), ("xor", .bitXor)] {
            try binary("__\(name)__", [t.int], op, reflected: false)
            try binary("__r\(name)__", [t.int], op, reflected: true)
        }
        try binary("__add__", [t.str, t.list, t.tuple, t.bytes, t.bytearray], .add, reflected: false)
        try binary("__mul__", sequences, .multiply, reflected: false)
        try binary("__rmul__", sequences, .multiply, reflected: true)
        try binary("__mod__", [t.str, t.bytes], .modulo, reflected: false)
        for (name, op) in [("or", Runtime.BinaryOp.bitOr), ("and", .bitAnd), ("sub", .subtract), ("xor", .bitXor)] {
            try binary("__\(name)__", [t.set, t.frozenset], op, reflected: false)
        }
        try binary("__or__", [t.dict], .bitOr, reflected: false)
        for (name, reflected) in [("__divmod__", false), ("__rdivmod__", true)] {
            try define(name, numbers, 1) { rt, args in
                let (a, b) = reflected ? (args[1], args[0]) : (args[0], args[1])
                let intSelf = TypeObject.isSubtype(rt.typeOf(args[0]).asObject, rt.types.int.asObject)
                let other = rt.typeOf(args[1]).asObject
                if !TypeObject.isSubtype(other, rt.types.int.asObject) && (intSelf || !TypeObject.isSubtype(other, rt.types.float.asObject)) {
                    return .notImplemented
                }
                do {
                    return try rt.tuple([try rt.binary(.floorDivide, a, b), try rt.binary(.modulo, a, b)])
                } catch let e as PythonError where e.type == "TypeError" && e.message.hasPrefix("unsupported operand") {
                    return .notImplemented
                }
            }
        }

        for (name, op) in [("lt", Runtime.CompareOp.less), ("le", .lessEqual), ("gt", .greater), ("ge", .greaterEqual)] {
            try define("__\(name)__", everything, 1) { rt, args in
                do {
                    return try rt.richCompare(op, args[0], args[1])
                } catch let e as PythonError where e.type == "TypeError" && e.message.contains("not supported between") {
                    return .notImplemented
                }
            }
        }

        for (name, op) in [("neg", Runtime.UnaryOp.negate), ("pos", .positive)] {
            try define("__\(name)__", numbers, 0) { rt, args in try rt.unary(op, args[0]) }
        }
        try define("__invert__", [t.int], 0) { rt, args in try rt.unary(.invert, args[0]) }
        try define("__abs__", numbers, 0) { rt, args in
            try rt.call(try rt.builtin("abs"), [args[0]])
        }
        try define("__bool__", numbers, 0) { rt, args in .bool(try rt.truth(args[0])) }
        try define("__int__", numbers, 0) { rt, args in try rt.call(rt.types.int, [args[0]]) }
        try define("__float__", numbers, 0) { rt, args in try rt.call(rt.types.float, [args[0]]) }
        try define("__index__", [t.int], 0) { rt, args in
            args[0].isBool ? Value(uncheckedSmallInt: args[0] == .true ? 1 : 0) : args[0]
        }
        try define("__trunc__", numbers, 0) { rt, args in try rt.call(rt.types.int, [args[0]]) }
        for (name, function) in [("__floor__", "floor"), ("__ceil__", "ceil")] {
            try define(name, numbers, 0) { rt, args in
                try rt.call(try rt.getAttr(try rt.loadModule("math"), try rt.intern(function)), [args[0]])
            }
        }
        try define("__round__", numbers, 0...1) { rt, args in try rt.call(try rt.builtin("round"), Array(args)) }
        // int.__str__(x) of an int subclass instance is the plain int's text
        // (IntEnum's str() relies on it), so boxed subclasses are unboxed first.
        try define("__repr__", everything, 0) { rt, args in try rt.makeStr(try rt.builtinRepr(ImmutableSubclass.unboxed(args[0]))) }
        // Only str and bytes have their own __str__; the rest inherit object's, which calls repr.
        try define("__str__", [t.str, t.bytes, t.bytearray], 0) { rt, args in
            let v = ImmutableSubclass.unboxed(args[0])
            return StrObject.isStr(v) ? try rt.makeStr(rt.swiftString(v)) : try rt.makeStr(try rt.builtinRepr(v))
        }
        try define("__format__", everything, 1) { rt, args in
            guard StrObject.isStr(args[1]) else {
                throw PythonError("TypeError", "argument to __format__ must be str, not \(rt.typeName(args[1]))")
            }
            return try rt.makeStr(try rt.builtinFormat(args[0], rt.swiftString(args[1])))
        }

        try define("__len__", sized + [t.memoryview], 0) { rt, args in Value(uncheckedSmallInt: Int64(try rt.builtinLength(args[0]))) }
        try define("__getitem__", sequences + [t.range, t.dict, t.memoryview], 1) { rt, args in try rt.builtinGetItem(args[0], args[1]) }
        try define("__setitem__", [t.list, t.dict, t.bytearray, t.memoryview], 2) { rt, args in
            try rt.builtinStoreSubscript(args[0], args[1], args[2])
            return .none
        }
        try define("__delitem__", [t.list, t.dict, t.bytearray], 1) { rt, args in
            try rt.builtinDeleteSubscript(args[0], args[1])
            return .none
        }
        try define("__contains__", sized, 1) { rt, args in .bool(try rt.builtinContains(args[0], args[1])) }
        try define("__iter__", sized, 0) { rt, args in try rt.builtinGetIter(args[0]) }
        try define("__reversed__", [t.list, t.range, t.dict], 0) { rt, args in try rt.call(try rt.builtin("reversed"), [args[0]]) }
        // Mutable containers are unhashable: their types say so with __hash__ = None, as CPython's do.
        for type in [t.list, t.dict, t.set, t.bytearray, t.slice, t.dictKeys, t.dictValues, t.dictItems] {
            try TypeObject.setInDict(rt, type.asObject, try rt.intern("__hash__"), .none)
        }
        // Calling is a method of the callable types too (what Callable checks for).
        for type in [t.function, t.builtinFunction, t.method, t.type] {
            let isType = type.bits == t.type.bits
            let index = rt.registerNative("__call__") { rt, args in
                guard let callee = args.first else { throw PythonError("TypeError", "descriptor '__call__' needs an argument") }
                let keywords = try rt.pendingKeywords.map { (try rt.intern($0.0), $0.1) }
                // type.__call__ constructs, below any metaclass __call__ (super().__call__ reaches it).
                if isType && TypeObject.isType(callee) { return try rt.construct(callee, Array(args.dropFirst()), keywords: keywords) }
                return try rt.call(callee, Array(args.dropFirst()), keywords: keywords)
            }
            rt.operatorNatives.insert(index)
            let descriptor = try vector(rt, kind: .methodDescriptor, [Value(uncheckedSmallInt: Int64(index)), try rt.intern("__call__"), type])
            try TypeObject.setInDict(rt, type.asObject, try rt.intern("__call__"), descriptor)
        }
        try define("__iadd__", [t.list], 1) { rt, args in
            try rt.extend(args[0], with: args[1])
            return args[0]
        }

        let iterators = IteratorObject.typeNames.map { rt.iteratorTypes[$0]! }
        try define("__iter__", iterators, 0) { _, args in args[0] }
        try define("__next__", iterators, 0) { rt, args in
            guard let v = try rt.nextOrNil(args[0]) else { throw PythonError("StopIteration", "") }
            return v
        }
    }
}
