/// Native methods of list, dict and str, installed in their types' dicts.
/// Each receives the receiver as args[0].
enum BuiltinMethods {
    static func install(_ rt: Runtime) throws {
        try installList(rt)
        try installDict(rt)
        try installNumbers(rt)
        try StrMethods.install(rt)
        try BytesMethods.install(rt)
        try BuiltinDunders.install(rt)
        try BuiltinSubclass.install(rt)
        try ImmutableSubclass.install(rt)
    }

    static func arity(_ name: String, _ args: UnsafeBufferPointer<Value>, _ range: ClosedRange<Int>) throws {
        let n = args.count - 1
        if range.contains(n) { return }
        if range.lowerBound == range.upperBound {
            if range.lowerBound == 0 { throw PythonError("TypeError", "\(name)() takes no arguments (\(n) given)") }
            if range.lowerBound == 1 { throw PythonError("TypeError", "\(name)() takes exactly one argument (\(n) given)") }
            throw PythonError("TypeError", "\(name) expected \(range.lowerBound) arguments, got \(n)")
        }
        if n < range.lowerBound {
            throw PythonError("TypeError", "\(name) expected at least \(range.lowerBound) argument\(range.lowerBound == 1 ? "" : "s"), got \(n)")
        }
        throw PythonError("TypeError", "\(name) expected at most \(range.upperBound) argument\(range.upperBound == 1 ? "" : "s"), got \(n)")
    }

    /// The wording of PyArg_ParseTuple and of keyword-taking clinic methods:
    /// "find() takes at least 1 argument (0 given)".
    static func arityTakes(_ name: String, _ args: UnsafeBufferPointer<Value>, _ range: ClosedRange<Int>) throws {
        let n = args.count - 1
        if range.contains(n) { return }
        let (word, bound) = n < range.lowerBound ? ("at least", range.lowerBound) : ("at most", range.upperBound)
        throw PythonError("TypeError", "\(name)() takes \(word) \(bound) argument\(bound == 1 ? "" : "s") (\(n) given)")
    }

    /// The optional start/stop arguments of index() at args[2], args[3],
    /// clamped as CPython's list.index does (negative counts from the end).
    static func searchBounds(_ rt: Runtime, _ args: UnsafeBufferPointer<Value>, count n: Int) throws -> (Int, Int) {
        func bound(_ v: Value) throws -> Int {
            guard try IntArithmetic.isInt(v) || v.isBool || rt.indexValue(v) != nil else {
                throw PythonError("TypeError", "slice indices must be integers or have an __index__ method")
            }
            return try index(rt, v)
        }
        var start = args.count > 2 ? try bound(args[2]) : 0
        var stop = args.count > 3 ? try bound(args[3]) : n
        if start < 0 { start = max(0, start + n) }
        if stop < 0 { stop = max(0, stop + n) }
        return (start, stop)
    }

    static func index(_ rt: Runtime, _ v: Value) throws -> Int {
        if v.isSmallInt { return Int(v.asSmallInt) }
        if v.isBool { return v == .true ? 1 : 0 }
        if IntArithmetic.isBigInt(v) { return rt.ints.sign(v) < 0 ? Int.min / 2 : Int.max / 2 }
        return try index(rt, try rt.requireIndex(v))
    }

    private static func installList(_ rt: Runtime) throws {
        let list = rt.types.list
        try rt.defineMethod(list, "append") { rt, args in
            try arity("list.append", args, 1...1)
            try ListObject.append(rt, args[0].asObject, args[1])
            return .none
        }
        try rt.defineMethod(list, "pop") { rt, args in
            try arity("pop", args, 0...1)
            return try ListObject.pop(rt, args[0].asObject, args.count == 2 ? try index(rt, args[1]) : nil)
        }
        try rt.defineMethod(list, "extend") { rt, args in
            try arity("list.extend", args, 1...1)
            try rt.extend(args[0], with: args[1])
            return .none
        }
        try rt.defineMethod(list, "insert") { rt, args in
            try arity("insert", args, 2...2)
            let l = args[0].asObject
            let n = ListObject.count(l)
            var i = try index(rt, args[1])
            if i < 0 { i = max(0, i + n) }
            i = min(i, n)
            try ListObject.insert(rt, l, i, args[2])
            return .none
        }
        try rt.defineMethod(list, "remove") { rt, args in
            try arity("list.remove", args, 1...1)
            let l = args[0].asObject
            for i in 0..<ListObject.count(l) where try rt.isEqual(ListObject.items(l)[i], args[1]) {
                _ = try ListObject.pop(rt, l, i)
                return .none
            }
            throw PythonError("ValueError", "list.remove(x): x not in list")
        }
        try rt.defineMethod(list, "index") { rt, args in
            try arity("index", args, 1...3)
            let l = args[0].asObject
            let n = ListObject.count(l)
            let (start, stop) = try searchBounds(rt, args, count: n)
            var i = start
            while i < min(stop, ListObject.count(l)) {
                if try rt.isEqual(ListObject.items(l)[i], args[1]) { return Value(uncheckedSmallInt: Int64(i)) }
                i += 1
            }
            throw PythonError("ValueError", "\(try rt.repr(args[1])) is not in list")
        }
        try rt.defineMethod(list, "count") { rt, args in
            try arity("list.count", args, 1...1)
            let l = args[0].asObject
            var c = 0
            for i in 0..<ListObject.count(l) where try rt.isEqual(ListObject.items(l)[i], args[1]) { c += 1 }
            return Value(uncheckedSmallInt: Int64(c))
        }
        try rt.defineMethod(list, "reverse") { rt, args in
            try arity("list.reverse", args, 0...0)
            let l = args[0].asObject
            let n = ListObject.count(l)
            let p = ListObject.items(l)
            for i in 0..<(n / 2) { (p[i], p[n - 1 - i]) = (p[n - 1 - i], p[i]) }
            return .none
        }
        try rt.defineMethod(list, "clear") { rt, args in
            try arity("list.clear", args, 0...0)
            try ListObject.clear(rt, args[0].asObject)
            return .none
        }
        try rt.defineMethod(list, "copy") { rt, args in
            try arity("list.copy", args, 0...0)
            let l = args[0].asObject
            return try ListObject.make(rt, UnsafeBufferPointer(start: ListObject.items(l), count: ListObject.count(l)))
        }
        try rt.defineMethod(list, "sort", keywords: ["key", "reverse"]) { rt, args in
            if args.count > 1 { throw PythonError("TypeError", "sort() takes no positional arguments") }
            try Builtins.sortList(rt, args[0])
            return .none
        }
    }

    private static func installNumbers(_ rt: Runtime) throws {
        // The numeric getset attributes, so dir() lists them and assignment
        // fails as CPython's does (genericGetAttr also answers them directly).
        func plain(_ v: Value) -> Value { v.isBool ? Value(uncheckedSmallInt: v == .true ? 1 : 0) : v }
        try rt.defineProperty(rt.types.int, "real") { _, v in plain(v) }
        try rt.defineProperty(rt.types.int, "imag") { _, _ in Value(uncheckedSmallInt: 0) }
        try rt.defineProperty(rt.types.int, "numerator") { _, v in plain(v) }
        try rt.defineProperty(rt.types.int, "denominator") { _, _ in Value(uncheckedSmallInt: 1) }
        try rt.defineProperty(rt.types.float, "real") { _, v in v }
        try rt.defineProperty(rt.types.float, "imag") { _, _ in Value(double: 0) }
        try rt.defineMethod(rt.types.int, "bit_length") { rt, args in
            try arity("int.bit_length", args, 0...0)
            let v = args[0].isBool ? Value(uncheckedSmallInt: args[0] == .true ? 1 : 0) : args[0]
            let magnitude = try intResult { try rt.ints.absolute(v) }
            let digits = rt.ints.toString(magnitude, base: 2)
            return Value(uncheckedSmallInt: digits == "0" ? 0 : Int64(digits.count))
        }
        try rt.defineMethod(rt.types.int, "conjugate") { _, args in args[0].isBool ? Value(uncheckedSmallInt: args[0] == .true ? 1 : 0) : args[0] }
        try rt.defineMethod(rt.types.float, "is_integer") { _, args in
            try arity("float.is_integer", args, 0...0)
            return .bool(args[0].asDouble.isFinite && args[0].asDouble == args[0].asDouble.rounded(.towardZero))
        }
        try rt.defineMethod(rt.types.float, "conjugate") { _, args in args[0] }
        try rt.defineMethod(rt.types.int, "bit_count") { rt, args in
            try arity("int.bit_count", args, 0...0)
            let v = args[0].isBool ? Value(uncheckedSmallInt: args[0] == .true ? 1 : 0) : args[0]
            let digits = rt.ints.toString(try intResult { try rt.ints.absolute(v) }, base: 2)
            return Value(uncheckedSmallInt: Int64(digits.filter { $0 == "1" }.count))
        }
        try rt.defineMethod(rt.types.int, "as_integer_ratio") { rt, args in
            try arity("int.as_integer_ratio", args, 0...0)
            let v = args[0].isBool ? Value(uncheckedSmallInt: args[0] == .true ? 1 : 0) : args[0]
            return try rt.tuple([v, Value(uncheckedSmallInt: 1)])
        }
        try rt.defineMethod(rt.types.float, "as_integer_ratio") { rt, args in
            try arity("float.as_integer_ratio", args, 0...0)
            let d = args[0].asDouble
            if d.isNaN { throw PythonError("ValueError", "cannot convert NaN to integer ratio") }
            if d.isInfinite { throw PythonError("OverflowError", "cannot convert Infinity to integer ratio") }
            // d = significand * 2**exponent with an integral significand.
            var significand = d.significand
            var exponent = Int(d.exponent)
            var steps = 0
            while significand != significand.rounded(.towardZero) && steps < 1100 {
                significand *= 2
                exponent -= 1
                steps += 1
            }
            if d == 0 { return try rt.tuple([Value(uncheckedSmallInt: 0), Value(uncheckedSmallInt: 1)]) }
            var numerator = try rt.ints.fromDouble(d.sign == .minus ? -significand : significand)
            var denominator = Value(uncheckedSmallInt: 1)
            let shift = Value(uncheckedSmallInt: Int64(abs(exponent)))
            if exponent > 0 { numerator = try rt.binary(.leftShift, numerator, shift) }
            else { denominator = try rt.binary(.leftShift, denominator, shift) }
            // Reduce by the common power of two.
            while rt.ints.sign(try rt.binary(.bitAnd, numerator, Value(uncheckedSmallInt: 1))) == 0,
                  rt.ints.compare(denominator, Value(uncheckedSmallInt: 1)) > 0 {
                numerator = try rt.binary(.rightShift, numerator, Value(uncheckedSmallInt: 1))
                denominator = try rt.binary(.rightShift, denominator, Value(uncheckedSmallInt: 1))
            }
            return try rt.tuple([numerator, denominator])
        }
        try rt.defineMethod(rt.types.float, "hex") { rt, args in
            try arity("float.hex", args, 0...0)
            return try rt.makeStr(FloatHex.format(args[0].asDouble))
        }
        try rt.defineClassMethod(rt.types.float, "fromhex") { rt, args in
            try arity("float.fromhex", args, 1...1)
            guard StrObject.isStr(args[1]) else { throw PythonError("TypeError", "bad argument type for built-in operation") }
            let d = Value(double: try FloatHex.parse(rt.swiftString(args[1])))
            return args[0].bits == rt.types.float.bits ? d : try rt.call(args[0], [d])
        }
        try rt.defineMethod(rt.types.slice, "indices") { rt, args in
            try arity("slice.indices", args, 1...1)
            return try sliceIndicesOfAnySize(rt, args[0].asObject, length: try rt.requireIndex(args[1]))
        }
        for (name, isIndex) in [("count", false), ("index", true)] {
            try rt.defineMethod(rt.types.range, name) { rt, args in
                try arity("range.\(name)", args, 1...1)
                let r = args[0].asObject
                let x = args[1].isBool ? Value(uncheckedSmallInt: args[1] == .true ? 1 : 0) : args[1]
                if IntArithmetic.isInt(x) {
                    // An int is in a range at most once, at a position arithmetic finds.
                    let at = try RangeObject.position(rt, r, of: x)
                    if !isIndex { return Value(uncheckedSmallInt: at == nil ? 0 : 1) }
                    guard let at else { throw PythonError("ValueError", "\(try rt.repr(args[1])) is not in range") }
                    return at
                }
                // Other values compare by ==, item by item.
                var c: Int64 = 0
                for k in 0..<Int64(try RangeObject.count(rt, r)) where try rt.isEqual(try RangeObject.item(rt, r, Value(uncheckedSmallInt: k)), x) {
                    if isIndex { return Value(uncheckedSmallInt: k) }
                    c += 1
                }
                if isIndex { throw PythonError("ValueError", "\(try rt.repr(args[1])) is not in range") }
                return Value(uncheckedSmallInt: c)
            }
        }
        for (name, isIndex) in [("count", false), ("index", true)] {
            try rt.defineMethod(rt.types.tuple, name) { rt, args in
                // Argument clinic names the exact-arity method by its class ("tuple.count()").
                try arity(isIndex ? name : "tuple.\(name)", args, isIndex ? 1...3 : 1...1)
                let t = args[0].asObject
                let n = TupleObject.count(t)
                let (start, stop) = try searchBounds(rt, args, count: n)
                var c = 0
                var i = start
                while i < min(stop, n) {
                    if try rt.isEqual(TupleObject.items(t)[i], args[1]) {
                        if isIndex { return Value(uncheckedSmallInt: Int64(i)) }
                        c += 1
                    }
                    i += 1
                }
                if isIndex { throw PythonError("ValueError", "tuple.index(x): x not in tuple") }
                return Value(uncheckedSmallInt: Int64(c))
            }
        }
    }

    private static func installDict(_ rt: Runtime) throws {
        let dict = rt.types.dict
        for (name, which) in [("keys", 0), ("values", 1), ("items", 2)] {
            try rt.defineMethod(dict, name) { rt, args in
                try arity("dict.\(name)", args, 0...0)
                let view = try vector(rt, kind: .dictView, [args[0], Value(uncheckedSmallInt: Int64(which))])
                // Values and items views name their own types through the class word.
                if which > 0 {
                    let type = which == 1 ? rt.types.dictValues : rt.types.dictItems
                    view.asObject.objectHeader.pointee.classWord = UInt64(UInt(bitPattern: TypeObject.field(type.asObject, TypeObject.rootShape).asObject))
                }
                return view
            }
        }
        try rt.defineMethod(dict, "get") { rt, args in
            try arity("get", args, 1...2)
            return try DictObject.get(args[0].asObject, args[1], rt.ops) ?? (args.count == 3 ? args[2] : .none)
        }
        try rt.defineMethod(dict, "pop") { rt, args in
            try arity("pop", args, 1...2)
            let d = args[0].asObject
            if let v = try DictObject.get(d, args[1], rt.ops) {
                try DictObject.delete(d, args[1], rt.ops)
                return v
            }
            if args.count == 3 { return args[2] }
            throw PythonError("KeyError", value: args[1])
        }
        try rt.defineMethod(dict, "popitem") { rt, args in
            try arity("popitem", args, 0...0)
            let d = args[0].asObject
            guard let (k, v) = DictObject.items(d).last else { throw PythonError("KeyError", value: try rt.makeStr("popitem(): dictionary is empty")) }
            let pair = try rt.tuple([k, v])
            try DictObject.delete(d, k, rt.ops)
            return pair
        }
        try rt.defineMethod(dict, "setdefault") { rt, args in
            try arity("setdefault", args, 1...2)
            let d = args[0].asObject
            if let v = try DictObject.get(d, args[1], rt.ops) { return v }
            let v = args.count == 3 ? args[2] : .none
            try DictObject.set(rt.heap, d, args[1], v, rt.ops)
            return v
        }
        try rt.defineMethod(dict, "update", keywords: ["*"]) { rt, args in
            try arity("update", args, 0...1)
            if args.count == 2 { try rt.dictUpdate(args[0], args[1]) }
            for (k, v) in rt.pendingKeywords { try DictObject.set(rt.heap, args[0].asObject, try rt.intern(k), v, rt.ops) }
            return .none
        }
        try rt.defineMethod(dict, "copy") { rt, args in
            try arity("dict.copy", args, 0...0)
            return try rt.withTemporaryRoots(1) { roots in
                roots[0] = try rt.newDict()
                try rt.dictUpdate(roots[0], args[0])
                return roots[0]
            }
        }
        try rt.defineMethod(dict, "clear") { rt, args in
            try arity("dict.clear", args, 0...0)
            for (k, _) in DictObject.items(args[0].asObject) { try DictObject.delete(args[0].asObject, k, rt.ops) }
            return .none
        }
    }
}
