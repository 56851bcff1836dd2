import Foundation

/// Built-in functions, callable from bytecode through CALL. Each takes its
/// positional arguments (keyword arguments are not in this slice yet).
enum Builtins {
    typealias Native = (Runtime, UnsafeBufferPointer<Value>) throws -> Value
    /// Keyword arguments of the current builtin call (set only around the
    /// call; builtins that take none reject them before running).
    typealias Keywords = [(String, Value)]

    /// Builtin functions: name, accepted keywords, body.
    static let functions: [(String, Set<String>?, Native)] = [
        ("print", ["sep", "end", "file", "flush"], print),
        ("len", nil, { rt, args in try exactly(1, "len", args); return try rt.ints.make(Int64(try rt.length(args[0]))) }),
        ("repr", nil, { rt, args in try exactly(1, "repr", args); return try rt.makeStr(rt.repr(args[0])) }),
        ("abs", nil, abs),
        ("format", nil, { rt, args in
            guard args.count == 1 || args.count == 2 else {
                throw PythonError("TypeError", "format expected at most 2 arguments, got \(args.count)")
            }
            if args.count == 2 && !StrObject.isStr(args[1]) {
                throw PythonError("TypeError", "format() argument 2 must be str, not \(rt.typeName(args[1]))")
            }
            return try rt.makeStr(try rt.format(args[0], args.count == 2 ? rt.swiftString(args[1]) : ""))
        }),
        ("sorted", ["key", "reverse"], sorted),
        // `iterable` is positional-only; accepting the name lets sum() give CPython's count error.
        ("sum", ["start", "iterable"], sum),
        ("min", ["key", "default"], { rt, args in try extreme(rt, args, "min", "<") }),
        ("max", ["key", "default"], { rt, args in try extreme(rt, args, "max", ">") }),
        ("isinstance", nil, { rt, args in
            guard args.count == 2 else { throw PythonError("TypeError", "isinstance expected 2 arguments, got \(args.count)") }
            return .bool(try rt.isInstance(args[0], args[1]))
        }),
        ("issubclass", nil, { rt, args in
            guard args.count == 2 else { throw PythonError("TypeError", "issubclass expected 2 arguments, got \(args.count)") }
            guard TypeObject.isType(args[0]) else { throw PythonError("TypeError", "issubclass() arg 1 must be a class") }
            return .bool(try rt.isSubclass(args[0], args[1]))
        }),
        ("hasattr", nil, { rt, args in
            guard args.count == 2 else { throw PythonError("TypeError", "hasattr expected 2 arguments, got \(args.count)") }
            guard StrObject.isStr(args[1]) else { throw PythonError("TypeError", "attribute name must be string, not '\(rt.typeName(args[1]))'") }
            return .bool(try rt.getAttrOrNil(args[0], args[1]) != nil)
        }),
        ("getattr", nil, { rt, args in
            guard args.count == 2 || args.count == 3 else {
                throw PythonError("TypeError", "getattr expected at \(args.count < 2 ? "least 2" : "most 3") arguments, got \(args.count)")
            }
            guard StrObject.isStr(args[1]) else { throw PythonError("TypeError", "attribute name must be string, not '\(rt.typeName(args[1]))'") }
            if args.count == 3 { return try rt.getAttrOrNil(args[0], args[1]) ?? args[2] }
            return try rt.getAttr(args[0], args[1])
        }),
        ("setattr", nil, { rt, args in
            guard args.count == 3 else { throw PythonError("TypeError", "setattr expected 3 arguments, got \(args.count)") }
            guard StrObject.isStr(args[1]) else { throw PythonError("TypeError", "attribute name must be string, not '\(rt.typeName(args[1]))'") }
            try rt.setAttr(args[0], try rt.intern(rt.swiftString(args[1])), args[2])
            return .none
        }),
        ("delattr", nil, { rt, args in
            guard args.count == 2 else { throw PythonError("TypeError", "delattr expected 2 arguments, got \(args.count)") }
            guard StrObject.isStr(args[1]) else { throw PythonError("TypeError", "attribute name must be string, not '\(rt.typeName(args[1]))'") }
            try rt.delAttr(args[0], try rt.intern(rt.swiftString(args[1])))
            return .none
        }),
        ("callable", nil, { rt, args in
            try exactly(1, "callable", args)
            return .bool(try rt.isCallable(args[0]))
        }),
        ("id", nil, { rt, args in
            try exactly(1, "id", args)
            let v = args[0]
            return Value(uncheckedSmallInt: v.isObject ? Int64(UInt(bitPattern: v.asObject)) : Int64(bitPattern: v.bits & Value.payloadMask))
        }),
        ("hash", nil, { rt, args in try exactly(1, "hash", args); return try intResult { try rt.ints.make(try rt.ops.hash(args[0])) } }),
        ("iter", nil, { rt, args in
            if args.count == 2 {
                guard try rt.isCallable(args[0]) else { throw PythonError("TypeError", "iter(v, w): v must be callable") }
                return try LazyIterator.make(rt, LazyIterator.callable, rt.types.callableIterator, args[0], args[1])
            }
            if args.isEmpty { throw PythonError("TypeError", "iter expected at least 1 argument, got 0") }
            if args.count > 2 { throw PythonError("TypeError", "iter expected at most 2 arguments, got \(args.count)") }
            return try rt.getIter(args[0])
        }),
        ("next", nil, { rt, args in
            guard args.count == 1 || args.count == 2 else {
                throw PythonError("TypeError", "next expected at \(args.isEmpty ? "least 1 argument" : "most 2 arguments"), got \(args.count)")
            }
            let userNext = try rt.userMethod(args[0], "__next__")
            let hasNext = userNext != nil
            // A Python __next__'s own StopIteration (with its args) reaches the caller.
            if let userNext, args.count == 1 { return try rt.callSpecial(userNext, args[0], []) }
            let kind = args[0].isObject ? args[0].asObject.objectKind : .other
            if kind != .iterator && kind != .generator && kind != .lazyIterator && !hasNext {
                throw PythonError("TypeError", "'\(rt.typeName(args[0]))' object is not an iterator")
            }
            if let v = try rt.nextOrNil(args[0]) { return v }
            if args.count == 2 { return args[1] }
            if args[0].asObject.objectKind == .generator { throw rt.stopIteration() }
            throw PythonError("StopIteration", "")
        }),
        ("globals", nil, { rt, args in
            try exactly(0, "globals", args)
            guard let fp = rt.currentFrame else { throw PythonError("SystemError", "globals(): no current frame") }
            return fp[-5]
        }),
        ("locals", nil, { rt, args in
            try exactly(0, "locals", args)
            return try rt.frameLocals()
        }),
        ("vars", nil, { rt, args in
            if args.isEmpty { return try rt.frameLocals() }
            guard args.count == 1 else { throw PythonError("TypeError", "vars expected at most 1 argument, got \(args.count)") }
            guard let d = try rt.getAttrOrNil(args[0], try rt.intern("__dict__")) else {
                throw PythonError("TypeError", "vars() argument must have __dict__ attribute")
            }
            return d
        }),
        ("dir", nil, { rt, args in
            if args.isEmpty {
                return try rt.withTemporaryRoots(1) { roots in
                    roots[0] = try rt.frameLocals()
                    let keys = DictObject.items(roots[0].asObject).map { rt.swiftString($0.0) }.sorted()
                    roots[0] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
                    for k in keys { try ListObject.append(rt, roots[0].asObject, try rt.intern(k)) }
                    return roots[0]
                }
            }
            try exactly(1, "dir", args)
            return try dir(rt, args[0])
        }),
        ("exit", nil, { rt, args in throw RaisedException(value: try ExceptionObject.instance(rt, type: try rt.builtin("SystemExit"), args: Array(args))) }),
        ("quit", nil, { rt, args in throw RaisedException(value: try ExceptionObject.instance(rt, type: try rt.builtin("SystemExit"), args: Array(args))) }),
        ("help", nil, { _, _ in throw PythonError("NotImplementedError", "help() is not supported by tiercel yet") }),
        ("copyright", nil, { _, _ in throw PythonError("NotImplementedError", "copyright() is not supported by tiercel yet") }),
        ("credits", nil, { _, _ in throw PythonError("NotImplementedError", "credits() is not supported by tiercel yet") }),
        ("license", nil, { _, _ in throw PythonError("NotImplementedError", "license() is not supported by tiercel yet") }),
        ("__build_class__", ["*"], { rt, args in try rt.buildClass(args) }),
    ]

    static func install(_ rt: Runtime) throws {
        for (name, keywords, body) in functions {
            let index = rt.registerNative(name, keywords: keywords, body)
            let f = rt.pin(try BuiltinFunctionObject.make(rt, index: index, name: name))
            try rt.setBuiltin(name, f)
            if name == "__build_class__" { rt.buildClassFunction = f }
        }
        try rt.setBuiltin("NotImplemented", .notImplemented)
        try rt.setBuiltin("None", .none)
        try rt.setBuiltin("False", .false)
        try rt.setBuiltin("True", .true)
        try rt.setBuiltin("__debug__", .true)
        try rt.setBuiltin("Ellipsis", .ellipsis)
        try BuiltinTypeConstructors.install(rt)
    }

    /// dir(v): sorted attribute names of the object and its type's MRO.
    static func dir(_ rt: Runtime, _ v: Value) throws -> Value {
        // A class's own __dir__ decides; dir() sorts what it returns.
        if let m = try rt.userMethod(v, "__dir__") {
            return try rt.withTemporaryRoots(1) { roots in
                roots[0] = try rt.callSpecial(m, v, [])
                return try rt.call(try rt.builtin("sorted"), [roots[0]])
            }
        }
        var names = Set<String>()
        if v.isObject && Instance.hasSlots(v.asObject) {
            for (k, _) in DictObject.items(try Instance.dictionary(rt, v.asObject).asObject) { names.insert(rt.swiftString(k)) }
        }
        if v.isObject && v.asObject.objectKind == .module {
            // A module's dir() is its namespace only.
            for (k, _) in DictObject.items(ModuleObject.dict(v.asObject)) where StrObject.isStr(k) { names.insert(rt.swiftString(k)) }
            return try rt.withTemporaryRoots(1) { roots in
                roots[0] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
                for n in names.sorted(by: { Array($0.unicodeScalars.map(\.value)).lexicographicallyPrecedes(Array($1.unicodeScalars.map(\.value))) }) {
                    try ListObject.append(rt, roots[0].asObject, try rt.intern(n))
                }
                return roots[0]
            }
        }
        let t = TypeObject.isType(v) ? v : rt.typeOf(v)
        for k in TypeObject.mroItems(t.asObject) {
            for (key, _) in DictObject.items(TypeObject.field(k.asObject, TypeObject.dict).asObject) { names.insert(rt.swiftString(key)) }
        }
        return try rt.withTemporaryRoots(1) { roots in
            roots[0] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
            for n in names.sorted(by: { Array($0.unicodeScalars.map(\.value)).lexicographicallyPrecedes(Array($1.unicodeScalars.map(\.value))) }) {
                try ListObject.append(rt, roots[0].asObject, try rt.intern(n))
            }
            return roots[0]
        }
    }

    static func exactly(_ n: Int, _ name: String, _ args: UnsafeBufferPointer<Value>) throws {
        if n == 0 && !args.isEmpty { throw PythonError("TypeError", "\(name)() takes no arguments (\(args.count) given)") }
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
            if name == "sep" { sep = rt.swiftString(value) } else { end = rt.swiftString(value) }
        }
        var flush = false
        var file: Value? = nil
        for (name, value) in rt.pendingKeywords {
            if name == "file" { file = value }
            if name == "flush" { flush = try rt.truth(value) }
        }
        let target = try rt.printTarget(file)
        // Each piece is written as soon as it is converted, as CPython's print
        // does: output before a failing __str__ still appears.
        func write(_ piece: String) throws {
            switch target {
            case .object(let object):
                // Any object with write(): print calls it per piece.
                try rt.withTemporaryRoots(2) { roots in
                    roots[0] = try rt.makeStr(piece)
                    roots[1] = try rt.getAttr(object, try rt.intern("write"))
                    _ = try rt.call(roots[1], [roots[0]])
                }
            case .errorOutput:
                rt.output.flush()
                rt.errorOutput.write(piece)
            case .output:
                rt.output.write(piece)
            }
        }
        for (i, a) in args.enumerated() {
            if i > 0 { try write(sep) }
            try write(try rt.str(a))
        }
        try write(end)
        if flush {
            switch target {
            case .object(let object): _ = try rt.call(try rt.getAttr(object, try rt.intern("flush")), [])
            case .errorOutput: rt.errorOutput.flush()
            case .output: rt.output.flush()
            }
        }
        return .none
    }

    static func range(_ rt: Runtime, _ args: UnsafeBufferPointer<Value>) throws -> Value {
        if args.isEmpty { throw PythonError("TypeError", "range expected at least 1 argument, got 0") }
        if args.count > 3 { throw PythonError("TypeError", "range expected at most 3 arguments, got \(args.count)") }
        if args.allSatisfy({ $0.isSmallInt }) {
            let a = args.map { $0.asSmallInt }
            switch a.count {
            case 1: return try RangeObject.make(rt, 0, a[0], 1)
            case 2: return try RangeObject.make(rt, a[0], a[1], 1)
            default:
                if a[2] == 0 { throw PythonError("ValueError", "range() arg 3 must not be zero") }
                return try RangeObject.make(rt, a[0], a[1], a[2])
            }
        }
        return try rt.withTemporaryRoots(3) { roots in
            for (i, a) in args.enumerated() { roots[i] = try rt.requireIndex(a) }
            switch args.count {
            case 1: return try RangeObject.make(rt, Value(uncheckedSmallInt: 0), roots[0], Value(uncheckedSmallInt: 1))
            case 2: return try RangeObject.make(rt, roots[0], roots[1], Value(uncheckedSmallInt: 1))
            default:
                if rt.ints.sign(roots[2]) == 0 { throw PythonError("ValueError", "range() arg 3 must not be zero") }
                return try RangeObject.make(rt, roots[0], roots[1], roots[2])
            }
        }
    }

    static func float(_ rt: Runtime, _ args: UnsafeBufferPointer<Value>) throws -> Value {
        if args.isEmpty { return Value(double: 0) }
        guard args.count == 1 else { throw PythonError("TypeError", "float expected at most 1 argument, got \(args.count)") }
        let v = args[0]
        if v.isDouble { return v }
        if v.isBool { return Value(double: v == .true ? 1 : 0) }
        if IntArithmetic.isInt(v) { return Value(double: try intResult { try rt.ints.toDouble(v) }) }
        if StrObject.isStr(v) {
            let scalars = String.UnicodeScalarView(StrMethods.asciiNumeral(StrObject.codePoints(v.asObject)).compactMap(Unicode.Scalar.init))
            if let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
               let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }),
               let d = FloatParsing.parse(String(scalars[start...end])) {
                return Value(double: d)
            }
            throw PythonError("ValueError", "could not convert string to float: \(try rt.repr(v))")
        }
        if let m = try rt.userMethod(v, "__float__") {
            let r = try rt.callSpecial(m, v, [])
            guard r.isDouble else { throw PythonError("TypeError", "\(rt.typeName(v)).__float__ returned non-float (type \(rt.typeName(r)))") }
            return r
        }
        if ImmutableSubclass.isBoxed(v) { return try [ImmutableSubclass.unboxed(v)].withUnsafeBufferPointer { try float(rt, $0) } }
        if let i = try rt.indexValue(v) { return Value(double: try intResult { try rt.ints.toDouble(i) }) }
        throw PythonError("TypeError", "float() argument must be a string or a real number, not '\(rt.typeName(v))'")
    }

    /// int(x) and int(str, base), with CPython's literal rules (underscores
    /// between digits, 0x/0o/0b prefixes for their base or base 0).
    static func int(_ rt: Runtime, _ args: UnsafeBufferPointer<Value>) throws -> Value {
        var baseValue: Value? = args.count > 1 ? args[1] : nil
        for (k, v) in rt.pendingKeywords where k == "base" { baseValue = v }
        guard args.count <= 2 else { throw PythonError("TypeError", "int() takes at most 2 arguments (\(args.count) given)") }
        if args.isEmpty {
            if baseValue != nil { throw PythonError("TypeError", "int() missing string argument") }
            return Value(uncheckedSmallInt: 0)
        }
        let v = args[0]
        if let baseValue {
            guard StrObject.isStr(v) || BytesObject.view(v) != nil else {
                throw PythonError("TypeError", "int() can't convert non-string with explicit base")
            }
            let base = try BuiltinMethods.index(rt, baseValue)
            guard base == 0 || (2...36).contains(base) else { throw PythonError("ValueError", "int() base must be >= 2 and <= 36, or 0") }
            return try parseInt(rt, v, base: base)
        }
        if v.isSmallInt || IntArithmetic.isBigInt(v) { return v }
        if v.isBool { return Value(uncheckedSmallInt: v == .true ? 1 : 0) }
        if v.isDouble {
            if v.asDouble.isNaN { throw PythonError("ValueError", "cannot convert float NaN to integer") }
            if v.asDouble.isInfinite { throw PythonError("OverflowError", "cannot convert float infinity to integer") }
            return try intResult { try rt.ints.fromDouble(v.asDouble) }
        }
        if StrObject.isStr(v) || BytesObject.view(v) != nil { return try parseInt(rt, v, base: 10) }
        for name in ["__int__", "__index__", "__trunc__"] {
            if let m = try rt.userMethod(v, name) {
                let r = try rt.callSpecial(m, v, [])
                guard IntArithmetic.isInt(r) || r.isBool else {
                    throw PythonError("TypeError", "\(name) returned non-int (type \(rt.typeName(r)))")
                }
                return r.isBool ? Value(uncheckedSmallInt: r == .true ? 1 : 0) : r
            }
        }
        if ImmutableSubclass.isBoxed(v) { return try [ImmutableSubclass.unboxed(v)].withUnsafeBufferPointer { try int(rt, $0) } }
        throw PythonError("TypeError", "int() argument must be a string, a bytes-like object or a real number, not '\(rt.typeName(v))'")
    }

    static func parseInt(_ rt: Runtime, _ v: Value, base requested: Int) throws -> Value {
        func invalid() throws -> PythonError {
            PythonError("ValueError", "invalid literal for int() with base \(requested): \(try rt.repr(v))")
        }
        // bytes and bytearray are read as ASCII (other bytes make the literal invalid).
        let source = StrObject.isStr(v) ? String(String.UnicodeScalarView(StrMethods.asciiNumeral(StrObject.codePoints(v.asObject)).compactMap(Unicode.Scalar.init)))
            : String(decoding: BytesObject.view(v)!.map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self)
        var text = Substring(source.trimmingCharacters(in: .whitespacesAndNewlines))
        var negative = false
        if text.first == "-" || text.first == "+" {
            negative = text.first == "-"
            text = text.dropFirst()
        }
        var base = requested
        let lower = text.lowercased()
        for (prefix, b) in [("0x", 16), ("0o", 8), ("0b", 2)] where lower.hasPrefix(prefix) && (base == b || base == 0) {
            base = b
            text = text.dropFirst(2)
            if text.first == "_" { text = text.dropFirst() }
        }
        if base == 0 {
            base = 10
            // Base 0 reads the literal as Python source would: no leading zeros.
            if text.count > 1 && text.first == "0" && !text.allSatisfy({ $0 == "0" || $0 == "_" }) { throw try invalid() }
        }
        let digits = String(text)
        let valid = !digits.isEmpty && !digits.hasPrefix("_") && !digits.hasSuffix("_") && !digits.contains("__")
            && digits.allSatisfy { c in
                c == "_" || (c.isASCII && (c.hexDigitValue.map { $0 < base } ?? (c.isLetter && Int(c.lowercased().unicodeScalars.first!.value) - 87 < base)))
            }
        guard valid else { throw try invalid() }
        let digitCount = digits.filter { $0 != "_" }.count
        if digitCount > 4300 && base & (base - 1) != 0 {
            throw PythonError("ValueError", "Exceeds the limit (4300 digits) for integer string conversion: value has \(digitCount) digits; use sys.set_int_max_str_digits() to increase the limit")
        }
        return try intResult { try rt.ints.parse(digits: digits.replacingOccurrences(of: "_", with: "").lowercased(), base: Int32(base), negative: negative) }
    }

    /// The items of an iterable, gathered in a list object: iteration may
    /// create them (a str's characters), and a Swift array would hide them
    /// from the collector.
    static func collect(_ rt: Runtime, _ iterable: Value) throws -> Value { try rt.listFrom(iterable) }

    static func elements(_ list: Value) -> UnsafeBufferPointer<Value> {
        UnsafeBufferPointer(start: ListObject.items(list.asObject), count: ListObject.count(list.asObject))
    }

    static func sum(_ rt: Runtime, _ args: UnsafeBufferPointer<Value>) throws -> Value {
        guard args.count <= 2 else {
            throw PythonError("TypeError", "sum() takes at most 2 arguments (\(args.count) given)")
        }
        guard !args.isEmpty else { throw PythonError("TypeError", "sum() takes at least 1 positional argument (0 given)") }
        var total = args.count == 2 ? args[1] : Value(uncheckedSmallInt: 0)
        for (k, v) in rt.pendingKeywords {
            if k == "iterable" { throw PythonError("TypeError", "'iterable' is an invalid keyword argument for sum()") }
            total = v
        }
        if StrObject.isStr(total) { throw PythonError("TypeError", "sum() can't sum strings [use ''.join(seq) instead]") }
        if BytesObject.isBytes(total) { throw PythonError("TypeError", "sum() can't sum bytes [use b''.join(seq) instead]") }
        if total.isObject && total.asObject.objectKind == .bytearray {
            throw PythonError("TypeError", "sum() can't sum bytearray [use b''.join(seq) instead]")
        }
        return try rt.withTemporaryRoots(2) { roots in
            roots[0] = try collect(rt, args[0])
            roots[1] = total
            for x in elements(roots[0]) {
                roots[1] = try rt.binary(.add, roots[1], x)
            }
            return roots[1]
        }
    }

    /// min()/max(): one iterable or several arguments, with key= and default=.
    static func extreme(_ rt: Runtime, _ args: UnsafeBufferPointer<Value>, _ name: String, _ op: String) throws -> Value {
        var key: Value = .none
        var defaultValue: Value? = nil
        for (k, v) in rt.pendingKeywords { if k == "key" { key = v } else { defaultValue = v } }
        if args.isEmpty { throw PythonError("TypeError", "\(name) expected at least 1 argument, got 0") }
        if args.count > 1 && defaultValue != nil {
            throw PythonError("TypeError", "Cannot specify a default for \(name)() with multiple positional arguments")
        }
        return try rt.withTemporaryRoots(3) { roots in
            roots[0] = args.count == 1 ? try rt.listFrom(args[0]) : try ListObject.make(rt, args)
            let items = elements(roots[0])
            guard let first = items.first else {
                if let d = defaultValue { return d }
                throw PythonError("ValueError", "\(name)() arg is an empty sequence")
            }
            var best = first
            roots[1] = key.isNone ? first : try rt.call(key, [first])
            for x in items.dropFirst() {
                roots[2] = key.isNone ? x : try rt.call(key, [x])
                if try rt.truth(try rt.richCompare(op == "<" ? .less : .greater, roots[2], roots[1])) {
                    best = x
                    roots[1] = roots[2]
                }
            }
            return best
        }
    }

    /// sorted(iterable, key=None, reverse=False).
    static func sorted(_ rt: Runtime, _ args: UnsafeBufferPointer<Value>) throws -> Value {
        guard args.count == 1 else { throw PythonError("TypeError", "sorted expected 1 argument, got \(args.count)") }
        return try rt.withTemporaryRoots(1) { roots in
            roots[0] = try rt.listFrom(args[0])
            try sortList(rt, roots[0])
            return roots[0]
        }
    }

    /// list.sort: keys first (kept in a list, so the collector sees them),
    /// then ListSort over the key order.
    static func sortList(_ rt: Runtime, _ list: Value) throws {
        var key: Value = .none
        var reverse = false
        for (k, v) in rt.pendingKeywords {
            if k == "key" { key = v } else { reverse = try BuiltinMethods.index(rt, v) != 0 }
        }
        rt.pendingKeywords = []
        let l = list.asObject
        let n = ListObject.count(l)
        try rt.withTemporaryRoots(2) { roots in
            roots[0] = try ListObject.make(rt, UnsafeBufferPointer(start: ListObject.items(l), count: n))
            let values = roots[0].asObject
            if key.isNone {
                roots[1] = roots[0]
            } else {
                roots[1] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
                for i in 0..<n { try ListObject.append(rt, roots[1].asObject, try rt.call(key, [ListObject.items(values)[i]])) }
            }
            let keys = roots[1].asObject
            var order = Array(0..<n)
            // Reversing before and after keeps equal keys in input order, as CPython does.
            if reverse { order.reverse() }
            try ListSort.sort(&order) { a, b in
                let x = ListObject.items(keys)[a], y = ListObject.items(keys)[b]
                if x.isSmallInt && y.isSmallInt { return x.asSmallInt < y.asSmallInt }
                return try rt.truth(try rt.richCompare(.less, x, y))
            }
            if reverse { order.reverse() }
            for (i, src) in order.enumerated() where i < ListObject.count(l) { ListObject.items(l)[i] = ListObject.items(values)[src] }
        }
    }

    static func abs(_ rt: Runtime, _ args: UnsafeBufferPointer<Value>) throws -> Value {
        try exactly(1, "abs", args)
        let v = args[0]
        if v.isDouble { return Value(double: Swift.abs(v.asDouble)) }
        if IntArithmetic.isInt(v) { return try intResult { try rt.ints.absolute(v) } }
        if v.isBool { return Value(uncheckedSmallInt: v == .true ? 1 : 0) }
        if ComplexObject.isComplex(v) && v.asObject.objectHeader.pointee.classWord == 0 {
            return Value(double: try ComplexObject.magnitude(ComplexObject.parts(v.asObject)))
        }
        if let m = try rt.userMethod(v, "__abs__") { return try rt.callSpecial(m, v, []) }
        if ImmutableSubclass.isBoxed(v) { return try rt.call(try rt.builtin("abs"), [ImmutableSubclass.unboxed(v)]) }
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
