#if canImport(Glibc)
import Glibc
#endif
import TiercelFrontEnd

/// map, filter, zip and enumerate: lazy iterators, as in CPython, so side
/// effects and infinite inputs behave the same. One object kind with a tag;
/// the class word points at the specific type's shape, so `type()` and
/// `isinstance` see map, filter, zip, enumerate.
///
///     [tag][function or count][iterator(s)][unused]
enum LazyIterator {
    static let map: Int64 = 0, filter: Int64 = 1, zip: Int64 = 2, enumerate: Int64 = 3, callable: Int64 = 4

    static func make(_ rt: Runtime, _ tag: Int64, _ type: Value, _ a: Value, _ b: Value) throws -> Value {
        let v = try vector(rt, kind: .lazyIterator, [Value(uncheckedSmallInt: tag), a, b, .none])
        v.asObject.objectHeader.pointee.classWord = UInt64(UInt(bitPattern: TypeObject.field(type.asObject, TypeObject.rootShape).asObject))
        return v
    }

    /// The next item, or nil when exhausted.
    static func next(_ rt: Runtime, _ it: UnsafeMutableRawPointer) throws -> Value? {
        let f = ValueVector.values(it)
        if f[0].asSmallInt >= 10 { return try ItertoolsModule.next(rt, it) }
        switch f[0].asSmallInt {
        case map:
            let sources = f[2].asObject
            return try rt.withTemporaryRoots(TupleObject.count(sources)) { roots in
                for i in 0..<TupleObject.count(sources) {
                    guard let x = try rt.nextOrNil(TupleObject.items(sources)[i]) else { return nil }
                    roots[i] = x
                }
                return try rt.call(f[1], Array(UnsafeBufferPointer(start: roots, count: TupleObject.count(sources))))
            }
        case filter:
            while let x = try rt.nextOrNil(f[2]) {
                let keep = f[1].isNone ? try rt.truth(x) : try rt.withTemporaryRoots(1) { roots in
                    roots[0] = x
                    return try rt.truth(try rt.call(f[1], [x]))
                }
                if keep { return x }
            }
            return nil
        case zip:
            let sources = f[2].asObject
            let n = TupleObject.count(sources)
            if n == 0 { return nil }
            return try rt.withTemporaryRoots(n) { roots in
                for i in 0..<n {
                    guard let x = try rt.nextOrNil(TupleObject.items(sources)[i]) else {
                        if f[1] == .true { try strictZipEnded(rt, sources, at: i) }
                        return nil
                    }
                    roots[i] = x
                }
                return try rt.tuple(Array(UnsafeBufferPointer(start: roots, count: n)))
            }
        case callable:
            // [tag, callable, sentinel]; the callable is dropped once exhausted.
            if f[1].isNone { return nil }
            let x = try rt.call(f[1], [])
            if try rt.isEqual(x, f[2]) {
                f[1] = .none
                return nil
            }
            return x
        default:
            guard let x = try rt.nextOrNil(f[2]) else { return nil }
            let count = f[1]
            let pair = try rt.withTemporaryRoots(1) { roots in
                roots[0] = x
                return try rt.tuple([count, x])
            }
            f[1] = try rt.binary(.add, count, Value(uncheckedSmallInt: 1))
            return pair
        }
    }

    /// zip(strict=True) after argument `i` ran out: the others must be spent too.
    private static func strictZipEnded(_ rt: Runtime, _ sources: UnsafeMutableRawPointer, at i: Int) throws {
        func others(_ k: Int) -> String { k == 1 ? "argument 1" : "arguments 1-\(k)" }
        if i > 0 { throw PythonError("ValueError", "zip() argument \(i + 1) is shorter than \(others(i))") }
        for j in 1..<TupleObject.count(sources) where try rt.nextOrNil(TupleObject.items(sources)[j]) != nil {
            throw PythonError("ValueError", "zip() argument \(j + 1) is longer than \(others(j))")
        }
    }

    static func install(_ rt: Runtime) throws {
        func iterators(_ rt: Runtime, _ args: Slice<UnsafeBufferPointer<Value>>) throws -> Value {
            try rt.withTemporaryRoots(args.count) { roots in
                for (i, a) in args.enumerated() { roots[i] = try rt.getIter(a) }
                return try rt.tuple(Array(UnsafeBufferPointer(start: roots, count: args.count)))
            }
        }
        let types = (map: try rt.pin(TypeObject.make(rt, name: "map", bases: [rt.types.object], dict: nil, instanceKind: .lazyIterator, flags: 0)),
                     filter: try rt.pin(TypeObject.make(rt, name: "filter", bases: [rt.types.object], dict: nil, instanceKind: .lazyIterator, flags: 0)),
                     zip: try rt.pin(TypeObject.make(rt, name: "zip", bases: [rt.types.object], dict: nil, instanceKind: .lazyIterator, flags: 0)),
                     enumerate: try rt.pin(TypeObject.make(rt, name: "enumerate", bases: [rt.types.object], dict: nil, instanceKind: .lazyIterator, flags: 0)))
        for (name, t) in [("map", types.map), ("filter", types.filter), ("zip", types.zip), ("enumerate", types.enumerate)] {
            try rt.setBuiltin(name, t)
            try rt.defineMethod(t, "__iter__") { _, args in args[0] }
            try rt.defineMethod(t, "__next__") { rt, args in
                guard let v = try next(rt, args[0].asObject) else { throw PythonError("StopIteration", "") }
                return v
            }
        }
        let callableIteratorType = rt.pin(try TypeObject.make(rt, name: "callable_iterator", bases: [rt.types.object], dict: nil,
                                                          instanceKind: .lazyIterator, flags: 0))
        try rt.defineMethod(callableIteratorType, "__iter__") { _, args in args[0] }
        try rt.defineMethod(callableIteratorType, "__next__") { rt, args in
            guard let v = try next(rt, args[0].asObject) else { throw PythonError("StopIteration", "") }
            return v
        }
        rt.types.callableIterator = callableIteratorType
        rt.defineConstructor(types.map) { rt, args in
            guard args.count >= 2 else { throw PythonError("TypeError", "map() must have at least two arguments.") }
            return try rt.withTemporaryRoots(1) { roots in
                roots[0] = try iterators(rt, args[1...])
                return try make(rt, map, types.map, args[0], roots[0])
            }
        }
        rt.defineConstructor(types.filter) { rt, args in
            guard args.count == 2 else { throw PythonError("TypeError", "filter expected 2 arguments, got \(args.count)") }
            return try rt.withTemporaryRoots(1) { roots in
                roots[0] = try rt.getIter(args[1])
                return try make(rt, filter, types.filter, args[0], roots[0])
            }
        }
        rt.defineConstructor(types.zip, keywords: ["*"]) { rt, args in
            var strict = false
            if rt.pendingKeywords.count > 1 {
                throw PythonError("TypeError", "zip() takes at most 1 keyword argument (\(rt.pendingKeywords.count) given)")
            }
            for (k, v) in rt.pendingKeywords {
                guard k == "strict" else { throw PythonError("TypeError", "'\(k)' is an invalid keyword argument for zip()") }
                strict = try rt.truth(v)
            }
            return try rt.withTemporaryRoots(1) { roots in
                roots[0] = try iterators(rt, args[0...])
                return try make(rt, zip, types.zip, .bool(strict), roots[0])
            }
        }
        rt.defineConstructor(types.enumerate, keywords: ["start"]) { rt, args in
            var start = args.count > 1 ? args[1] : Value(uncheckedSmallInt: 0)
            for (_, v) in rt.pendingKeywords { start = v }
            if args.isEmpty {
                throw PythonError("TypeError", "enumerate() missing required argument 'iterable'")
            }
            guard args.count >= 1 && args.count <= 2 else {
                throw PythonError("TypeError", "enumerate() takes at most 2 arguments (\(args.count) given)")
            }
            guard IntArithmetic.isInt(start) || start.isBool else {
                throw PythonError("TypeError", "'\(rt.typeName(start))' object cannot be interpreted as an integer")
            }
            return try rt.withTemporaryRoots(1) { roots in
                roots[0] = try rt.getIter(args[0])
                return try make(rt, enumerate, types.enumerate, start, roots[0])
            }
        }
    }
}

/// More builtins: reversed, any, all, round, divmod, pow, chr, ord, hex,
/// bin, oct, ascii, input.
enum MoreBuiltins {
    static func install(_ rt: Runtime) throws {
        func define(_ name: String, _ keywords: Set<String>? = nil, _ body: @escaping Builtins.Native) throws {
            let index = rt.registerNative(name, keywords: keywords, body)
            try rt.setBuiltin(name, rt.pin(try BuiltinFunctionObject.make(rt, index: index, name: name)))
        }
        try define("__import__", ["globals", "locals", "fromlist", "level"]) { rt, args in
            guard let first = args.first, StrObject.isStr(first) else {
                throw PythonError("TypeError", "__import__() argument 1 must be str, not \(args.first.map { rt.typeName($0) } ?? "nothing")")
            }
            var globals: Value = args.count > 1 ? args[1] : .none
            var fromList: Value = args.count > 3 ? args[3] : .none
            var level: Value = args.count > 4 ? args[4] : Value(uncheckedSmallInt: 0)
            for (k, v) in rt.pendingKeywords {
                switch k {
                case "globals": globals = v
                case "fromlist": fromList = v
                case "level": level = v
                default: break
                }
            }
            let hasFromList = try !fromList.isNone && rt.truth(fromList)
            if globals.isNone, let fp = rt.currentFrame { globals = fp[-5] }
            return try rt.importName(rt.swiftString(first), globals: globals, fromList: hasFromList,
                                     level: try BuiltinMethods.index(rt, level))
        }
        try define("reversed") { rt, args in
            guard args.count == 1 else { throw PythonError("TypeError", "reversed expected 1 argument, got \(args.count)") }
            let v = args[0]
            if v.isObject {
                let o = v.asObject
                switch o.objectKind {
                case .list, .tuple, .str, .bytes, .bytearray:
                    let n = try rt.length(v)
                    let it = try vector(rt, kind: .iterator, [v, Value(uncheckedSmallInt: Int64(n - 1)), Value(uncheckedSmallInt: -1),
                                                              Value(uncheckedSmallInt: -1)])
                    IteratorObject.name(it, rt.iteratorTypes[o.objectKind == .list ? "list_reverseiterator" : "reversed"]!)
                    return it
                case .range:
                    return try IteratorObject.make(rt, over: try RangeObject.reversed(rt, o))
                case .dict, .dictView:
                    return try TableIterator.makeReversed(rt, over: v)
                default:
                    if let m = try rt.userMethod(v, "__reversed__") {
                        if m.isNone { break }
                        return try rt.callSpecial(m, v, [])
                    }
                    // A sequence is read back to front lazily, one __getitem__ per item.
                    if try rt.userMethod(v, "__getitem__") != nil {
                        let n = try rt.length(v)
                        let it = try vector(rt, kind: .iterator, [v, Value(uncheckedSmallInt: Int64(n - 1)), Value(uncheckedSmallInt: -1),
                                                                  Value(uncheckedSmallInt: -1)])
                        IteratorObject.name(it, rt.iteratorTypes["reversed"]!)
                        return it
                    }
                }
            }
            throw PythonError("TypeError", "'\(rt.typeName(v))' object is not reversible")
        }
        for (name, wanted) in [("any", true), ("all", false)] {
            try define(name) { rt, args in
                try Builtins.exactly(1, name, args)
                return try rt.withTemporaryRoots(1) { roots in
                    roots[0] = try rt.getIter(args[0])
                    while let x = try rt.nextOrNil(roots[0]) {
                        if try rt.truth(x) == wanted { return .bool(wanted) }
                    }
                    return .bool(!wanted)
                }
            }
        }
        try define("round", ["ndigits"]) { rt, args in
            guard !args.isEmpty else { throw PythonError("TypeError", "round() missing required argument 'number' (pos 1)") }
            guard args.count <= 2 else {
                throw PythonError("TypeError", "round() takes at most 2 arguments (\(args.count) given)")
            }
            var digits: Value = args.count == 2 ? args[1] : .none
            for (_, v) in rt.pendingKeywords { digits = v }
            return try round(rt, args[0], digits)
        }
        try define("divmod") { rt, args in
            guard args.count == 2 else { throw PythonError("TypeError", "divmod expected 2 arguments, got \(args.count)") }
            return try rt.withTemporaryRoots(2) { roots in
                // NotImplemented from either side falls through to the built-in rule and its error.
                if let m = try rt.userMethod(args[0], "__divmod__") {
                    let r = try rt.callSpecial(m, args[0], [args[1]])
                    if r != .notImplemented { return r }
                }
                if let m = try rt.userMethod(args[1], "__rdivmod__") {
                    let r = try rt.callSpecial(m, args[1], [args[0]])
                    if r != .notImplemented { return r }
                }
                func real(_ v: Value) -> Bool {
                    let u = ImmutableSubclass.unboxed(v)
                    return u.isDouble || u.isBool || IntArithmetic.isInt(u)
                }
                guard real(args[0]) && real(args[1]) else {
                    throw PythonError("TypeError", "unsupported operand type(s) for divmod(): '\(rt.typeName(args[0]))' and '\(rt.typeName(args[1]))'")
                }
                let divisorIsZero = (args[1].isDouble && args[1].asDouble == 0) || (args[1].isSmallInt && args[1].asSmallInt == 0) || args[1] == .false
                if divisorIsZero && (args[0].isDouble || args[1].isDouble) { throw PythonError("ZeroDivisionError", "float divmod()") }
                if divisorIsZero && (IntArithmetic.isInt(args[0]) || args[0].isBool) {
                    throw PythonError("ZeroDivisionError", "integer division or modulo by zero")
                }
                roots[0] = try rt.binary(.floorDivide, args[0], args[1])
                roots[1] = try rt.binary(.modulo, args[0], args[1])
                return try rt.tuple([roots[0], roots[1]])
            }
        }
        try define("pow", ["base", "exp", "mod"]) { rt, positional in
            if positional.count > 3 { throw PythonError("TypeError", "pow() takes at most 3 arguments (\(positional.count) given)") }
            var args: [Value?] = [nil, nil, Value.none]
            for (i, a) in positional.enumerated() { args[i] = a }
            for (k, v) in rt.pendingKeywords { args[["base": 0, "exp": 1, "mod": 2][k]!] = v }
            guard let base = args[0] else { throw PythonError("TypeError", "pow() missing required argument 'base' (pos 1)") }
            guard let exponent = args[1] else { throw PythonError("TypeError", "pow() missing required argument 'exp' (pos 2)") }
            let modulus = args[2]!
            if modulus.isNone { return try rt.binary(.power, base, exponent) }
            func int(_ v: Value) -> Value? {
                v.isBool ? Value(uncheckedSmallInt: v == .true ? 1 : 0) : (IntArithmetic.isInt(v) ? v : nil)
            }
            if let b = int(base), let e = int(exponent), let m = int(modulus) {
                return try intResult { try rt.ints.power(b, e, modulo: m) }
            }
            // A class's __pow__(self, exp, mod) takes the three-argument form.
            if let m = try rt.userMethod(base, "__pow__") {
                let r = try rt.callSpecial(m, base, [exponent, modulus])
                if r != .notImplemented { return r }
            }
            // float's three-argument pow refuses any modulus once base and exponent are numbers.
            let numbers = [base, exponent].allSatisfy({ IntArithmetic.isInt($0) || $0.isBool || $0.isDouble })
            if numbers && (base.isDouble || exponent.isDouble || int(modulus) != nil) {
                throw PythonError("TypeError", "pow() 3rd argument not allowed unless all arguments are integers")
            }
            throw PythonError("TypeError", "unsupported operand type(s) for ** or pow(): '\(rt.typeName(base))', '\(rt.typeName(exponent))', '\(rt.typeName(modulus))'")
        }
        try define("chr") { rt, args in
            try Builtins.exactly(1, "chr", args)
            // chr takes a C int: beyond that, OverflowError before the range check.
            let n = try rt.requireIndex(args[0])
            guard let wide = rt.ints.int64(n), wide >= Int64(Int32.min), wide <= Int64(Int32.max) else {
                throw PythonError("OverflowError", "Python int too large to convert to C int")
            }
            let i = Int(wide)
            guard i >= 0 && i <= 0x10FFFF else { throw PythonError("ValueError", "chr() arg not in range(0x110000)") }
            return try StrMethods.make(rt, [UInt32(i)])
        }
        try define("ord") { rt, args in
            try Builtins.exactly(1, "ord", args)
            if let b = BytesObject.view(args[0]) {
                guard b.count == 1 else {
                    throw PythonError("TypeError", "ord() expected a character, but string of length \(b.count) found")
                }
                return Value(uncheckedSmallInt: Int64(b[0]))
            }
            guard StrObject.isStr(args[0]) else {
                throw PythonError("TypeError", "ord() expected string of length 1, but \(rt.typeName(args[0])) found")
            }
            let n = StrObject.length(args[0].asObject)
            guard n == 1 else { throw PythonError("TypeError", "ord() expected a character, but string of length \(n) found") }
            return Value(uncheckedSmallInt: Int64(StrObject.codePoint(args[0].asObject, 0)))
        }
        for (name, base, prefix) in [("hex", Int32(16), "0x"), ("bin", 2, "0b"), ("oct", 8, "0o")] {
            try define(name) { rt, args in
                try Builtins.exactly(1, name, args)
                let v = try rt.requireIndex(args[0])
                let digits = rt.ints.toString(v, base: base)
                return try rt.makeStr(digits.hasPrefix("-") ? "-" + prefix + digits.dropFirst() : prefix + digits)
            }
        }
        try define("ascii") { rt, args in
            try Builtins.exactly(1, "ascii", args)
            return try rt.makeStr(PythonRepr.asciiEscaped(try rt.repr(args[0])))
        }
        try define("input") { rt, args in
            guard args.count <= 1 else { throw PythonError("TypeError", "input expected at most 1 argument, got \(args.count)") }
            if let prompt = args.first { rt.output.write(try rt.str(prompt)) }
            rt.output.flush()
            guard let line = readLine(strippingNewline: true) else { throw PythonError("EOFError", "EOF when reading a line") }
            return try rt.makeStr(line)
        }
    }

    /// round(x[, ndigits]) with CPython's results: half-to-even on the exact
    /// binary value of a float.
    static func round(_ rt: Runtime, _ x: Value, _ digits: Value) throws -> Value {
        if let m = try rt.userMethod(x, "__round__") { return try rt.callSpecial(m, x, digits.isNone ? [] : [digits]) }
        if ImmutableSubclass.isBoxed(x) { return try round(rt, ImmutableSubclass.unboxed(x), digits) }
        if x.isBool || IntArithmetic.isInt(x) {
            let v = x.isBool ? Value(uncheckedSmallInt: x == .true ? 1 : 0) : x
            if digits.isNone { return v }
            let n = try BuiltinMethods.index(rt, digits)
            if n >= 0 { return v }
            // Round to a multiple of 10**-n, halves to even.
            return try intResult {
                let unit = try rt.ints.power(Value(uncheckedSmallInt: 10), Value(uncheckedSmallInt: Int64(-n)))
                let q = try rt.ints.floorDivide(v, unit)
                let r = try rt.ints.subtract(v, try rt.ints.multiply(q, unit))
                let twice = try rt.ints.multiply(r, Value(uncheckedSmallInt: 2))
                let c = rt.ints.compare(twice, unit)
                let odd = rt.ints.sign(try rt.ints.modulo(q, Value(uncheckedSmallInt: 2))) != 0
                let up = c > 0 || (c == 0 && odd)
                return try rt.ints.multiply(up ? try rt.ints.add(q, Value(uncheckedSmallInt: 1)) : q, unit)
            }
        }
        guard x.isDouble else { throw PythonError("TypeError", "type \(rt.typeName(x)) doesn't define __round__ method") }
        let d = x.asDouble
        if digits.isNone {
            if d.isNaN { throw PythonError("ValueError", "cannot convert float NaN to integer") }
            if d.isInfinite { throw PythonError("OverflowError", "cannot convert float infinity to integer") }
            return try intResult { try rt.ints.fromDouble(d.rounded(.toNearestOrEven)) }
        }
        let n = try BuiltinMethods.index(rt, digits)
        if !d.isFinite || d == 0 { return x }
        if n > 323 { return x }
        if n < -308 { return Value(double: 0.0 * d) }
        if n >= 0 {
            // printf rounds the exact binary value correctly, as CPython's dtoa does.
            var buffer = [CChar](repeating: 0, count: 400)
            _ = withVaList([n, d]) { vsnprintf(&buffer, buffer.count, "%.*f", $0) }
            let r = strtod(buffer, nil)
            return Value(double: r == 0 ? copysign(0, d) : r)
        }
        // Negative digits: round the exact integer part as an int, then back.
        let exact = try rt.ints.fromDouble(d.rounded(.towardZero) == d ? d : d.rounded(.towardZero))
        let fraction = d - d.rounded(.towardZero)
        let rounded = try round(rt, exact, Value(uncheckedSmallInt: Int64(n)))
        // A fractional part only matters at an exact half, which it breaks upward in magnitude.
        var result = try rt.ints.toDouble(rounded)
        if fraction != 0 {
            let unit = pow(10.0, Double(-n))
            let remainder = abs(d).truncatingRemainder(dividingBy: unit)
            if remainder == unit / 2 || (remainder > unit / 2) {
                result = (abs(d) - remainder + unit) * (d < 0 ? -1 : 1)
            }
        }
        return Value(double: result == 0 ? copysign(0, d) : result)
    }
}
