#if canImport(Glibc)
import Glibc
#endif

/// Binary and unary operators on the built-in kinds, with CPython's results
/// and error messages. The interpreter calls these after its inline
/// small-int and float fast paths miss.
extension Runtime {
    enum BinaryOp: String {
        case add = "+", subtract = "-", multiply = "*", trueDivide = "/", floorDivide = "//", modulo = "%"
        case power = "**", leftShift = "<<", rightShift = ">>", bitAnd = "&", bitOr = "|", bitXor = "^"
        case matrixMultiply = "@"
    }

    private enum Number {
        case int(Value)
        case float(Double)
    }

    private func number(_ v: Value) -> Number? {
        if v.isDouble { return .float(v.asDouble) }
        if v.isSmallInt || IntArithmetic.isBigInt(v) { return .int(v) }
        if v.isBool { return .int(Value(uncheckedSmallInt: v == .true ? 1 : 0)) }
        return nil
    }

    private func float(_ n: Number) throws -> Double {
        switch n {
        case .float(let d): return d
        case .int(let i): return try intResult { try ints.toDouble(i) }
        }
    }

    func binary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
        if a.isBool && b.isBool && (op == .bitAnd || op == .bitOr || op == .bitXor) {
            let x = a == .true, y = b == .true
            return .bool(op == .bitAnd ? x && y : (op == .bitOr ? x || y : x != y))
        }
        if op != .matrixMultiply, let x = number(a), let y = number(b) {
            if case .int(let i) = x, case .int(let j) = y { return try intBinary(op, i, j) }
            switch op {
            case .leftShift, .rightShift, .bitAnd, .bitOr, .bitXor:
                break  // not defined for floats
            default:
                let p = try float(x), q = try float(y)
                if op == .power && p < 0 && q.isFinite && q != q.rounded() {
                    // A negative number to a fractional power is complex, as float.__pow__ hands it on.
                    return try complexPower(.init(real: p, imag: 0), .init(real: q, imag: 0))
                }
                return Value(double: try floatBinary(op, p, q))
            }
        } else {
            if involvesUserType(a, b), let result = try binaryDunder(op, a, b) { return result }
            if ImmutableSubclass.isBoxed(a) || ImmutableSubclass.isBoxed(b) {
                return try binary(op, ImmutableSubclass.unboxed(a), ImmutableSubclass.unboxed(b))
            }
            if let result = try complexBinary(op, a, b) { return result }
            if let result = try SetMethods.binary(self, op, a, b, inplace: false) { return result }
            if let result = try sequenceBinary(op, a, b) { return result }
            if op == .multiply {
                for (sequence, count) in [(a, b), (b, a)] where sequence.isObject {
                    switch sequence.asObject.objectKind {
                    case .str, .list, .tuple, .bytes, .bytearray:
                        throw PythonError("TypeError", "can't multiply sequence by non-int of type '\(typeName(count))'")
                    default: break
                    }
                }
            }
        }
        // PEP 604: int | None is a types.UnionType.
        if op == .bitOr, TypeObject.isType(a) || a.isNone, TypeObject.isType(b) || b.isNone {
            return try call(try getAttr(try loadModule("types"), try intern("_union")), [a, b])
        }
        if op == .power {
            throw PythonError("TypeError", "unsupported operand type(s) for ** or pow(): '\(typeName(a))' and '\(typeName(b))'")
        }
        throw PythonError("TypeError",
                          "unsupported operand type(s) for \(op.rawValue): '\(typeName(a))' and '\(typeName(b))'")
    }

    private func intBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
        try intResult {
            switch op {
            case .add: return try ints.add(a, b)
            case .subtract: return try ints.subtract(a, b)
            case .multiply: return try ints.multiply(a, b)
            case .trueDivide: return Value(double: try ints.trueDivide(a, b))
            case .floorDivide: return try ints.floorDivide(a, b)
            case .modulo: return try ints.modulo(a, b)
            case .power:
                if ints.sign(b) < 0 {
                    let base = try ints.toDouble(a)
                    if base == 0 {
                        throw PythonError("ZeroDivisionError", "0.0 cannot be raised to a negative power")
                    }
                    return Value(double: Foundation_pow(base, try ints.toDouble(b)))
                }
                return try ints.power(a, b)
            case .leftShift: return try ints.leftShift(a, b)
            case .rightShift: return try ints.rightShift(a, b)
            case .bitAnd: return try ints.and(a, b)
            case .bitOr: return try ints.or(a, b)
            case .bitXor: return try ints.xor(a, b)
            case .matrixMultiply: throw IntError.value("@")
            }
        }
    }

    func floatBinary(_ op: BinaryOp, _ x: Double, _ y: Double) throws -> Double {
        switch op {
        case .add: return x + y
        case .subtract: return x - y
        case .multiply: return x * y
        case .trueDivide:
            if y == 0 { throw PythonError("ZeroDivisionError", "float division by zero") }
            return x / y
        case .floorDivide:
            if y == 0 { throw PythonError("ZeroDivisionError", "float floor division by zero") }
            return floatDivmod(x, y).0
        case .modulo:
            if y == 0 { throw PythonError("ZeroDivisionError", "float modulo") }
            return floatDivmod(x, y).1
        case .power:
            if x == 0 && y < 0 { throw PythonError("ZeroDivisionError", "0.0 cannot be raised to a negative power") }
            if x < 0 && y != y.rounded() {
                throw PythonError("NotImplementedError", "complex numbers are not supported by tiercel yet")
            }
            let r = Foundation_pow(x, y)
            if r.isInfinite && x.isFinite && y.isFinite { throw PythonError.os("OverflowError", errno: ERANGE, strerror: "Numerical result out of range", filename: nil, shown: nil) }
            return r
        default:
            throw PythonError("TypeError", "unsupported operand type(s)")
        }
    }

    /// CPython's float divmod: the remainder takes the divisor's sign.
    func floatDivmod(_ x: Double, _ y: Double) -> (Double, Double) {
        var mod = fmod(x, y)
        var div = (x - mod) / y
        if mod != 0 {
            if (y < 0) != (mod < 0) {
                mod += y
                div -= 1
            }
        } else {
            mod = copysign(0, y)
        }
        var floordiv: Double
        if div != 0 {
            floordiv = div.rounded(.down)
            if div - floordiv > 0.5 { floordiv += 1 }
        } else {
            floordiv = copysign(0, x / y)
        }
        return (floordiv, mod)
    }

    /// The count of a sequence repetition (ints and bools), or nil.
    private func repeatCount(_ b: Value) throws -> Int? {
        if b.isBool { return b == .true ? 1 : 0 }
        if b.isSmallInt { return max(0, Int(b.asSmallInt)) }
        if IntArithmetic.isBigInt(b) {
            if ints.sign(b) < 0 { return 0 }
            throw PythonError("OverflowError", "cannot fit 'int' into an index-sized integer")
        }
        if !b.isObject || b.asObject.objectKind != .instance { return nil }
        return try indexValue(b).flatMap { try repeatCount($0) }
    }

    private func sequenceBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        guard a.isObject && a.asObject.objectKind != .bigInt else {
            if op == .multiply && (a.isSmallInt || a.isBool || IntArithmetic.isBigInt(a)) { return try sequenceBinary(op, b, a) }
            return nil
        }
        let x = a.asObject
        switch (x.objectKind, op) {
        case (.str, .modulo):
            return try makeStr(try percentFormat(a, b))
        case (.bytes, .modulo):
            return try BytesObject.make(self, try bytesPercentFormat(a, b))
        case (.bytearray, .modulo):
            return try ByteArrayObject.make(self, try bytesPercentFormat(a, b))
        case (.str, .add):
            guard b.isObject && b.asObject.objectKind == .str else {
                throw PythonError("TypeError", "can only concatenate str (not \"\(typeName(b))\") to str")
            }
            guard let r = StrObject.concatenate(heap, x, b.asObject) else { throw PythonError("MemoryError", "") }
            return r
        case (.str, .multiply):
            guard let n = try repeatCount(b) else { return nil }
            let codes = StrObject.codePoints(x)
            var all: [UInt32] = []
            all.reserveCapacity(codes.count * n)
            for _ in 0..<n { all += codes }
            guard let r = StrObject.make(heap, codePoints: all) else { throw PythonError("MemoryError", "") }
            return r
        case (.bytes, .add), (.bytearray, .add):
            guard let y = BytesObject.view(b) else {
                throw PythonError("TypeError", "can't concat \(typeName(b)) to \(typeName(a))")
            }
            return try BytesMethods.make(self, like: a, Array(BytesObject.view(a)!) + Array(y))
        case (.bytes, .multiply), (.bytearray, .multiply):
            guard let n = try repeatCount(b) else { return nil }
            let one = Array(BytesObject.view(a)!)
            var all: [UInt8] = []
            all.reserveCapacity(one.count * n)
            for _ in 0..<n { all += one }
            return try BytesMethods.make(self, like: a, all)
        case (.list, .add):
            guard b.isObject && b.asObject.objectKind == .list else {
                throw PythonError("TypeError", "can only concatenate list (not \"\(typeName(b))\") to list")
            }
            let y = b.asObject
            let result = try ListObject.make(self, UnsafeBufferPointer(start: ListObject.items(x), count: ListObject.count(x)))
            for i in 0..<ListObject.count(y) { try ListObject.append(self, result.asObject, ListObject.items(y)[i]) }
            return result
        case (.list, .multiply):
            guard let n = try repeatCount(b) else { return nil }
            let result = try ListObject.make(self, UnsafeBufferPointer(start: nil, count: 0))
            let count = ListObject.count(x)
            for _ in 0..<n {
                for i in 0..<count { try ListObject.append(self, result.asObject, ListObject.items(x)[i]) }
            }
            return result
        case (.dict, .bitOr):
            guard DictObject.isDict(b) else { return nil }
            return try withTemporaryRoots(1) { roots in
                roots[0] = try newDict()
                try dictUpdate(roots[0], a)
                try dictUpdate(roots[0], b)
                return roots[0]
            }
        case (.tuple, .multiply):
            guard let n = try repeatCount(b) else { return nil }
            let items = (0..<TupleObject.count(x)).map { TupleObject.items(x)[$0] }
            var all: [Value] = []
            all.reserveCapacity(items.count * n)
            for _ in 0..<n { all += items }
            return try tuple(all)
        case (.tuple, .add):
            guard b.isObject && b.asObject.objectKind == .tuple else {
                throw PythonError("TypeError", "can only concatenate tuple (not \"\(typeName(b))\") to tuple")
            }
            let items = (0..<TupleObject.count(x)).map { TupleObject.items(x)[$0] }
                + (0..<TupleObject.count(b.asObject)).map { TupleObject.items(b.asObject)[$0] }
            guard let r = TupleObject.make(heap, items) else { throw PythonError("MemoryError", "") }
            return r
        default:
            return nil
        }
    }

    enum UnaryOp: String {
        case negate = "-", positive = "+", invert = "~"
    }

    func unary(_ op: UnaryOp, _ v: Value) throws -> Value {
        if let n = number(v) {
            switch (op, n) {
            case (.negate, .int(let i)): return try intResult { try ints.negate(i) }
            case (.negate, .float(let d)): return Value(double: -d)
            case (.positive, .int(let i)): return i
            case (.positive, .float(let d)): return Value(double: d)
            case (.invert, .int(let i)): return try intResult { try ints.invert(i) }
            default: break
            }
        }
        if ComplexObject.isComplex(v) && op != .invert {
            let z = ComplexObject.parts(v.asObject)
            return try ComplexObject.make(self, op == .negate ? .init(real: -z.real, imag: -z.imag) : z)
        }
        let dunder = op == .negate ? "__neg__" : (op == .positive ? "__pos__" : "__invert__")
        if let m = try userMethod(v, dunder) { return try callSpecial(m, v, []) }
        if ImmutableSubclass.isBoxed(v) { return try unary(op, ImmutableSubclass.unboxed(v)) }
        throw PythonError("TypeError", "bad operand type for unary \(op.rawValue): '\(typeName(v))'")
    }

    /// An int against a float without rounding the int (10**30 < 1e30 is
    /// True): -1, 0 or 1. `d` is not NaN.
    private func compareExactly(_ i: Value, _ d: Double) throws -> Int {
        if d.isInfinite { return d > 0 ? -1 : 1 }
        let floor = d.rounded(.down)
        let c = ints.compare(i, try ints.fromDouble(floor))
        if c != 0 { return c }
        return floor == d ? 0 : -1
    }

    /// Rich comparison of built-in kinds; `op` is one of < <= > >=.
    func order(_ op: String, _ a: Value, _ b: Value) throws -> Bool {
        let c: Int
        if let x = number(a), let y = number(b) {
            switch (x, y) {
            case (.int(let i), .int(let j)): c = ints.compare(i, j)
            case (.int(let i), .float(let d)):
                if d.isNaN { return false }
                c = try compareExactly(i, d)
            case (.float(let d), .int(let i)):
                if d.isNaN { return false }
                c = -(try compareExactly(i, d))
            default:
                let d = try float(x), e = try float(y)
                if d.isNaN || e.isNaN { return false }
                c = d < e ? -1 : (d == e ? 0 : 1)
            }
        } else if a.isObject && b.isObject && a.asObject.objectKind == b.asObject.objectKind
                    && (a.asObject.objectKind == .tuple || a.asObject.objectKind == .list) {
            // Sequences compare at their first differing item, else by length.
            let x = a.asObject, y = b.asObject
            let isList = x.objectKind == .list
            let n = isList ? ListObject.count(x) : TupleObject.count(x)
            let m = isList ? ListObject.count(y) : TupleObject.count(y)
            for i in 0..<min(n, m) {
                let p = isList ? ListObject.items(x)[i] : TupleObject.items(x)[i]
                let q = isList ? ListObject.items(y)[i] : TupleObject.items(y)[i]
                if p.bits != q.bits, try !isEqual(p, q) {
                    let item: CompareOp = op == "<" ? .less : (op == "<=" ? .lessEqual : (op == ">" ? .greater : .greaterEqual))
                    return try truth(try richCompare(item, p, q))
                }
            }
            c = n < m ? -1 : (n == m ? 0 : 1)
        } else if a.isObject && b.isObject && a.asObject.objectKind == .slice && b.asObject.objectKind == .slice {
            // Slices order as their (start, stop, step) tuples.
            return try withTemporaryRoots(2) { roots in
                roots[0] = try tuple(Array(UnsafeBufferPointer(start: ValueVector.values(a.asObject), count: 3)))
                roots[1] = try tuple(Array(UnsafeBufferPointer(start: ValueVector.values(b.asObject), count: 3)))
                return try order(op, roots[0], roots[1])
            }
        } else if (SetObject.isSet(a) || SetMethods.isSetLikeView(a)) && (SetObject.isSet(b) || SetMethods.isSetLikeView(b)) {
            // Keys and items views order as the sets of their elements.
            if !(SetObject.isSet(a) && SetObject.isSet(b)) {
                return try withTemporaryRoots(2) { roots in
                    roots[0] = SetObject.isSet(a) ? a : try call(types.set, [a])
                    roots[1] = SetObject.isSet(b) ? b : try call(types.set, [b])
                    return try order(op, roots[0], roots[1])
                }
            }
            let x = a.asObject, y = b.asObject
            switch op {
            case "<=": return try SetObject.isSubset(self, x, y)
            case "<": return try SetObject.count(x) < SetObject.count(y) && SetObject.isSubset(self, x, y)
            case ">=": return try SetObject.isSubset(self, y, x)
            default: return try SetObject.count(x) > SetObject.count(y) && SetObject.isSubset(self, y, x)
            }
        } else if let x = BytesObject.view(a), let y = BytesObject.view(b) {
            c = BytesObject.compare(x, y)
        } else if a.isObject && b.isObject && a.asObject.objectKind == .str && b.asObject.objectKind == .str {
            c = StrObject.codePoints(a.asObject).lexicographicallyPrecedes(StrObject.codePoints(b.asObject)) ? -1
                : (StrObject.equal(a.asObject, b.asObject) ? 0 : 1)
        } else {
            throw PythonError("TypeError",
                              "'\(op)' not supported between instances of '\(typeName(a))' and '\(typeName(b))'")
        }
        switch op {
        case "<": return c < 0
        case "<=": return c <= 0
        case ">": return c > 0
        default: return c >= 0
        }
    }
}

@inline(__always) func Foundation_pow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
