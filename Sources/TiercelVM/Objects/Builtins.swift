import Foundation

/// Built-in functions, callable from bytecode through CALL. Each takes its
/// positional arguments (keyword arguments are not in this slice yet).
enum Builtins {
    typealias Native = (Runtime, UnsafeBufferPointer<Value>) throws -> Value
    /// Keyword arguments of the current builtin call (set only around the
    /// call; builtins that take none reject them before running).
    typealias Keywords = [(String, Value)]

    /// Builtins that accept keyword arguments, and which.
    static let keywordParameters: [String: Set<String>] = ["print": ["sep", "end", "file", "flush"]]

    static let table: [(String, Native)] = [
        ("print", print),
        ("range", range),
        ("len", len),
        ("str", { rt, args in try rt.makeStr(args.isEmpty ? "" : rt.str(args[0])) }),
        ("repr", { rt, args in try exactly(1, "repr", args); return try rt.makeStr(rt.repr(args[0])) }),
        ("abs", abs),
        ("float", float),
        ("int", int),
        ("format", { rt, args in
            guard args.count == 1 || args.count == 2 else {
                throw PythonError("TypeError", "format expected at most 2 arguments, got \(args.count)")
            }
            return try rt.makeStr(try rt.format(args[0], args.count == 2 ? rt.str(args[1]) : ""))
        }),
        ("list", { rt, args in
            guard args.count <= 1 else { throw PythonError("TypeError", "list expected at most 1 argument, got \(args.count)") }
            return args.isEmpty ? try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0)) : try collect(rt, args[0])
        }),
        ("tuple", { rt, args in
            guard args.count <= 1 else { throw PythonError("TypeError", "tuple expected at most 1 argument, got \(args.count)") }
            return try rt.withTemporaryRoots(1) { roots in
                roots[0] = args.isEmpty ? .none : try collect(rt, args[0])
                guard let t = TupleObject.make(rt.heap, args.isEmpty ? [] : Array(elements(roots[0]))) else {
                    throw PythonError("MemoryError", "")
                }
                return t
            }
        }),
        ("sorted", sorted),
        ("enumerate", { rt, args in
            guard args.count == 1 || args.count == 2 else {
                throw PythonError("TypeError", "enumerate() takes at most 2 arguments (\(args.count) given)")
            }
            var n: Int64 = args.count == 2 ? args[1].asSmallInt : 0
            return try rt.withTemporaryRoots(3) { roots in
                roots[0] = try collect(rt, args[0])
                roots[1] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
                for i in 0..<ListObject.count(roots[0].asObject) {
                    let x = ListObject.items(roots[0].asObject)[i]
                    guard let pair = TupleObject.make(rt.heap, [Value(uncheckedSmallInt: n), x]) else { throw PythonError("MemoryError", "") }
                    roots[2] = pair
                    try ListObject.append(rt, roots[1].asObject, pair)
                    n += 1
                }
                return try IteratorObject.make(rt, over: roots[1])
            }
        }),
        ("zip", { rt, args in
            try rt.withTemporaryRoots(3) { roots in
                roots[0] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
                for a in args {
                    roots[2] = try collect(rt, a)
                    try ListObject.append(rt, roots[0].asObject, roots[2])
                }
                let lists = Array(elements(roots[0]))
                let n = lists.map { ListObject.count($0.asObject) }.min() ?? 0
                roots[1] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
                for i in 0..<n {
                    guard let t = TupleObject.make(rt.heap, lists.map { ListObject.items($0.asObject)[i] }) else {
                        throw PythonError("MemoryError", "")
                    }
                    roots[2] = t
                    try ListObject.append(rt, roots[1].asObject, t)
                }
                return try IteratorObject.make(rt, over: roots[1])
            }
        }),
        ("bool", { rt, args in .bool(args.isEmpty ? false : rt.truth(args[0])) }),
        ("sum", sum),
        ("min", { rt, args in try extreme(rt, args, "min", "<") }),
        ("max", { rt, args in try extreme(rt, args, "max", ">") }),
    ]

    static func install(_ rt: Runtime) throws {
        for (i, (name, _)) in table.enumerated() {
            let f = try BuiltinFunctionObject.make(rt, index: i, name: name)
            try DictObject.set(rt.heap, rt.builtins.asObject, try rt.intern(name), f, rt.ops)
        }
    }

    static func exactly(_ n: Int, _ name: String, _ args: UnsafeBufferPointer<Value>) throws {
        if args.count != n {
            throw PythonError("TypeError", "\(name)() takes exactly one argument (\(args.count) given)")
        }
    }

    static func print(_ rt: Runtime, _ args: UnsafeBufferPointer<Value>) throws -> Value {
        var sep = " ", end = "\n"
        for (name, value) in rt.pendingKeywords {
            guard name == "sep" || name == "end" else { continue }
            if value.isNone { continue }
            guard StrObject.isStr(value) else {
                throw PythonError("TypeError", "\(name) must be None or a string, not \(rt.typeName(value))")
            }
            if name == "sep" { sep = rt.str(value) } else { end = rt.str(value) }
        }
        var line = ""
        for (i, a) in args.enumerated() {
            if i > 0 { line += sep }
            line += rt.str(a)
        }
        line += end
        rt.output.write(line)
        return .none
    }

    static func range(_ rt: Runtime, _ args: UnsafeBufferPointer<Value>) throws -> Value {
        for a in args where !a.isSmallInt {
            if a.isBool { continue }
            throw PythonError("TypeError", "'\(rt.typeName(a))' object cannot be interpreted as an integer")
        }
        func int(_ v: Value) -> Int64 { v.isBool ? (v == .true ? 1 : 0) : v.asSmallInt }
        switch args.count {
        case 1: return try RangeObject.make(rt, 0, int(args[0]), 1)
        case 2: return try RangeObject.make(rt, int(args[0]), int(args[1]), 1)
        case 3:
            if int(args[2]) == 0 { throw PythonError("ValueError", "range() arg 3 must not be zero") }
            return try RangeObject.make(rt, int(args[0]), int(args[1]), int(args[2]))
        case 0: throw PythonError("TypeError", "range expected at least 1 argument, got 0")
        default: throw PythonError("TypeError", "range expected at most 3 arguments, got \(args.count)")
        }
    }

    static func len(_ rt: Runtime, _ args: UnsafeBufferPointer<Value>) throws -> Value {
        try exactly(1, "len", args)
        let v = args[0]
        if v.isObject {
            let o = v.asObject
            switch o.objectKind {
            case .str: return Value(uncheckedSmallInt: Int64(StrObject.length(o)))
            case .tuple: return Value(uncheckedSmallInt: Int64(TupleObject.count(o)))
            case .dict: return Value(uncheckedSmallInt: Int64(DictObject.count(o)))
            case .range: return Value(uncheckedSmallInt: RangeObject.length(o))
            case .list: return Value(uncheckedSmallInt: Int64(ListObject.count(o)))
            case .dictView: return Value(uncheckedSmallInt: Int64(DictObject.count(DictViews.dict(o))))
            default: break
            }
        }
        throw PythonError("TypeError", "object of type '\(rt.typeName(v))' has no len()")
    }

    static func float(_ rt: Runtime, _ args: UnsafeBufferPointer<Value>) throws -> Value {
        if args.isEmpty { return Value(double: 0) }
        let v = args[0]
        if v.isDouble { return v }
        if v.isBool { return Value(double: v == .true ? 1 : 0) }
        if IntArithmetic.isInt(v) { return Value(double: try intResult { try rt.ints.toDouble(v) }) }
        if StrObject.isStr(v) {
            let text = rt.str(v).trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")
            let lower = text.lowercased()
            let special: [String: Double] = ["inf": .infinity, "+inf": .infinity, "-inf": -.infinity, "infinity": .infinity,
                                             "+infinity": .infinity, "-infinity": -.infinity, "nan": .nan, "+nan": .nan, "-nan": .nan]
            if let d = special[lower] { return Value(double: d) }
            if let d = Double(text), !lower.contains("x"), !lower.contains("p") { return Value(double: d) }
            throw PythonError("ValueError", "could not convert string to float: \(rt.repr(v))")
        }
        throw PythonError("TypeError", "float() argument must be a string or a real number, not '\(rt.typeName(v))'")
    }

    static func int(_ rt: Runtime, _ args: UnsafeBufferPointer<Value>) throws -> Value {
        if args.isEmpty { return Value(uncheckedSmallInt: 0) }
        let v = args[0]
        if v.isSmallInt || IntArithmetic.isBigInt(v) { return v }
        if v.isBool { return Value(uncheckedSmallInt: v == .true ? 1 : 0) }
        if v.isDouble { return try intResult { try rt.ints.fromDouble(v.asDouble) } }
        if StrObject.isStr(v) {
            var text = Substring(rt.str(v).trimmingCharacters(in: .whitespaces))
            var negative = false
            if text.first == "-" || text.first == "+" {
                negative = text.first == "-"
                text = text.dropFirst()
            }
            let digits = String(text)
            let valid = !digits.isEmpty && !digits.hasPrefix("_") && !digits.hasSuffix("_") && !digits.contains("__")
                && digits.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "_") }
            guard valid else {
                throw PythonError("ValueError", "invalid literal for int() with base 10: \(rt.repr(v))")
            }
            return try intResult { try rt.ints.parse(digits: digits.replacingOccurrences(of: "_", with: ""), negative: negative) }
        }
        throw PythonError("TypeError", "int() argument must be a string, a bytes-like object or a real number, not '\(rt.typeName(v))'")
    }

    /// The items of an iterable, gathered in a list object: iteration may
    /// create them (a str's characters), and a Swift array would hide them
    /// from the collector.
    static func collect(_ rt: Runtime, _ iterable: Value) throws -> Value {
        try rt.withTemporaryRoots(3) { roots in
            roots[0] = try IteratorObject.make(rt, over: iterable)
            roots[1] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
            while let x = try IteratorObject.next(rt, roots[0].asObject) {
                roots[2] = x
                try ListObject.append(rt, roots[1].asObject, x)
            }
            return roots[1]
        }
    }

    static func elements(_ list: Value) -> UnsafeBufferPointer<Value> {
        UnsafeBufferPointer(start: ListObject.items(list.asObject), count: ListObject.count(list.asObject))
    }

    static func sum(_ rt: Runtime, _ args: UnsafeBufferPointer<Value>) throws -> Value {
        guard args.count == 1 || args.count == 2 else {
            throw PythonError("TypeError", "sum() takes at most 2 arguments (\(args.count) given)")
        }
        var total = args.count == 2 ? args[1] : Value(uncheckedSmallInt: 0)
        return try rt.withTemporaryRoots(2) { roots in
            roots[0] = try collect(rt, args[0])
            roots[1] = total
            for x in elements(roots[0]) {
                roots[1] = try rt.binary(.add, roots[1], x)
            }
            return roots[1]
        }
    }

    static func extreme(_ rt: Runtime, _ args: UnsafeBufferPointer<Value>, _ name: String, _ op: String) throws -> Value {
        return try rt.withTemporaryRoots(1) { roots in
            roots[0] = args.count == 1 ? try collect(rt, args[0]) : .none
            let items = args.count == 1 ? elements(roots[0]) : args
            guard var best = items.first else {
                if args.isEmpty { throw PythonError("TypeError", "\(name) expected at least 1 argument, got 0") }
                throw PythonError("ValueError", "\(name)() arg is an empty sequence")
            }
            for x in items.dropFirst() where try rt.order(op, x, best) { best = x }
            return best
        }
    }

    /// sorted(iterable): a stable merge sort by `<` (key= and reverse= are
    /// not accepted yet and are reported as unsupported keywords).
    static func sorted(_ rt: Runtime, _ args: UnsafeBufferPointer<Value>) throws -> Value {
        guard args.count == 1 else { throw PythonError("TypeError", "sorted expected 1 argument, got \(args.count)") }
        // The result list is reachable from the caller's register once
        // returned; sorting allocates nothing, so no collection can run here.
        let list = try collect(rt, args[0])
        let items = ListObject.items(list.asObject)
        var order = Array(0..<ListObject.count(list.asObject))
        func mergeSort(_ a: [Int]) throws -> [Int] {
            if a.count <= 1 { return a }
            let left = try mergeSort(Array(a[..<(a.count / 2)])), right = try mergeSort(Array(a[(a.count / 2)...]))
            var out: [Int] = []
            out.reserveCapacity(a.count)
            var i = 0, j = 0
            while i < left.count && j < right.count {
                if try rt.order("<", items[right[j]], items[left[i]]) { out.append(right[j]); j += 1 }
                else { out.append(left[i]); i += 1 }
            }
            return out + left[i...] + right[j...]
        }
        order = try mergeSort(order)
        let snapshot = order.map { items[$0] }
        for (i, v) in snapshot.enumerated() { items[i] = v }
        return list
    }

    static func abs(_ rt: Runtime, _ args: UnsafeBufferPointer<Value>) throws -> Value {
        try exactly(1, "abs", args)
        let v = args[0]
        if v.isDouble { return Value(double: Swift.abs(v.asDouble)) }
        if IntArithmetic.isInt(v) { return try intResult { try rt.ints.absolute(v) } }
        throw PythonError("TypeError", "bad operand type for abs(): '\(rt.typeName(v))'")
    }
}

/// Maps int errors to the Python exceptions they stand for.
@inline(__always)
func intResult<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let e as IntError {
        switch e {
        case .zeroDivision(let m): throw PythonError("ZeroDivisionError", m)
        case .overflow(let m): throw PythonError("OverflowError", m)
        case .value(let m): throw PythonError("ValueError", m)
        case .memory: throw PythonError("MemoryError", "")
        }
    }
}
