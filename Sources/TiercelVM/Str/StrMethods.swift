/// str methods, on code points (so indexes and lengths are Python's).
enum StrMethods {
    typealias Codes = [UInt32]

    /// Python's str.isspace set.
    static func isSpace(_ c: UInt32) -> Bool {
        switch c {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default: return false
        }
    }

    /// A numeral as int() and float() read it: every Unicode decimal digit
    /// becomes its ASCII digit and every space a ' ' (CPython's
    /// _PyUnicode_TransformDecimalAndSpaceToASCII); other non-ASCII
    /// characters become '?', which no numeral accepts.
    static func asciiNumeral(_ s: Codes) -> Codes {
        s.map { c in
            if c < 0x80 { return c }
            if isSpace(c) { return 0x20 }
            if let p = Unicode.Scalar(c)?.properties, p.numericType == .decimal, let d = p.numericValue { return 0x30 + UInt32(d) }
            return 0x3F
        }
    }

    /// str.expandtabs and bytes.expandtabs: tabs to the next multiple of
    /// `size` columns, columns counted from the last \n or \r.
    static func expandTabs<C: FixedWidthInteger>(_ s: [C], _ size: Int) -> [C] {
        var out: [C] = []
        out.reserveCapacity(s.count)
        var column = 0
        for c in s {
            switch c {
            case 0x09:
                if size > 0 {
                    let spaces = size - column % size
                    out += [C](repeating: 0x20, count: spaces)
                    column += spaces
                }
            case 0x0A, 0x0D:
                out.append(c)
                column = 0
            default:
                out.append(c)
                column += 1
            }
        }
        return out
    }

    static func codes(_ rt: Runtime, _ v: Value, _ what: String) throws -> Codes {
        StrObject.codePoints(try str(rt, v, what))
    }

    /// `v` as a str object, or the TypeError "`what` <its type>".
    static func str(_ rt: Runtime, _ v: Value, _ what: String) throws -> UnsafeMutableRawPointer {
        guard StrObject.isStr(v) else {
            throw PythonError("TypeError", "\(what) \(what.contains("argument") ? rt.argumentTypeName(v) : rt.typeName(v))")
        }
        return v.asObject
    }

    static func make(_ rt: Runtime, _ c: Codes) throws -> Value {
        guard let v = StrObject.make(rt.heap, codePoints: c) else { throw PythonError("MemoryError", "") }
        return v
    }

    static func find(_ hay: Codes, _ needle: Codes, from start: Int, to end: Int, reverse: Bool = false) -> Int? {
        if needle.count > end - start { return nil }
        if needle.isEmpty { return reverse ? end : start }
        let last = end - needle.count
        var i = reverse ? last : start
        while reverse ? i >= start : i <= last {
            var match = true
            for k in 0..<needle.count where hay[i + k] != needle[k] { match = false; break }
            if match { return i }
            i += reverse ? -1 : 1
        }
        return nil
    }

    /// Python's clamping of optional start/end arguments.
    static func bounds(_ rt: Runtime, _ args: UnsafeBufferPointer<Value>, from i: Int, length n: Int) throws -> (Int, Int) {
        func adjust(_ v: Value?, _ d: Int) throws -> Int {
            guard let v, !v.isNone else { return d }
            guard try IntArithmetic.isInt(v) || v.isBool || rt.indexValue(v) != nil else {
                throw PythonError("TypeError", "slice indices must be integers or None or have an __index__ method")
            }
            var x = try BuiltinMethods.index(rt, v)
            if x < 0 { x = max(0, x + n) }
            return min(x, d == 0 ? n + 1 : n)
        }
        // A start past the end stays past it, so find("", 4) on "abc" fails as in CPython.
        return (try adjust(args.count > i ? args[i] : nil, 0), try adjust(args.count > i + 1 ? args[i + 1] : nil, n))
    }

    static func split(_ s: Codes, _ sep: Codes?, _ maxsplit: Int) -> [Codes] {
        var parts: [Codes] = []
        if let sep {
            var start = 0, i = 0
            while i + sep.count <= s.count && (maxsplit < 0 || parts.count < maxsplit) {
                if Array(s[i..<(i + sep.count)]) == sep {
                    parts.append(Array(s[start..<i]))
                    i += sep.count
                    start = i
                } else {
                    i += 1
                }
            }
            parts.append(Array(s[start...]))
            return parts
        }
        var i = 0
        while i < s.count {
            while i < s.count && isSpace(s[i]) { i += 1 }
            if i == s.count { break }
            if maxsplit >= 0 && parts.count == maxsplit {
                parts.append(Array(s[i...]))
                return parts
            }
            let start = i
            while i < s.count && !isSpace(s[i]) { i += 1 }
            parts.append(Array(s[start..<i]))
        }
        return parts
    }

    static func list(_ rt: Runtime, _ parts: [Codes]) throws -> Value {
        try rt.withTemporaryRoots(2) { roots in
            roots[0] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
            for p in parts {
                roots[1] = try make(rt, p)
                try ListObject.append(rt, roots[0].asObject, roots[1])
            }
            return roots[0]
        }
    }

    static func install(_ rt: Runtime) throws {
        let str = rt.types.str
        // Methods parsed by PyArg_ParseTuple or with keywords word their arity
        // errors "find() takes at least 1 argument (0 given)".
        let takesStyle: Set<String> = ["split", "rsplit", "splitlines", "startswith", "endswith", "find", "rfind", "index", "rindex", "count"]
        func method(_ name: String, _ arity: ClosedRange<Int>, keywords: Set<String>? = nil,
                    _ body: @escaping (Runtime, Codes, UnsafeBufferPointer<Value>) throws -> Value) throws {
            let takes = takesStyle.contains(name)
            try rt.defineMethod(str, name, keywords: keywords) { rt, args in
                if takes {
                    try BuiltinMethods.arityTakes(name, args, arity)
                } else {
                    try BuiltinMethods.arity(arity.upperBound <= 1 && arity.lowerBound == arity.upperBound ? "str.\(name)" : name, args, arity)
                }
                return try body(rt, StrObject.codePoints(args[0].asObject), args)
            }
        }
        // Methods that only read the receiver get the object itself, not a copy of its code points.
        func reading(_ name: String, _ arity: ClosedRange<Int>,
                     _ body: @escaping (Runtime, UnsafeMutableRawPointer, UnsafeBufferPointer<Value>) throws -> Value) throws {
            try rt.defineMethod(str, name) { rt, args in
                try BuiltinMethods.arityTakes(name, args, arity)
                return try body(rt, args[0].asObject, args)
            }
        }
        func needle(_ v: Value, _ what: String) throws -> UnsafeMutableRawPointer { try StrMethods.str(rt, v, what) }
        func mapped(_ name: String, _ f: @escaping (Codes) -> Codes) throws {
            try method(name, 0...0) { rt, s, _ in try make(rt, f(s)) }
        }
        try mapped("upper", CaseMapping.upper)
        try mapped("lower", CaseMapping.lower)
        try mapped("capitalize", CaseMapping.capitalize)
        try mapped("swapcase", CaseMapping.swapcase)
        try mapped("title", CaseMapping.title)
        try mapped("casefold", CaseMapping.casefold)
        func predicate(_ name: String, _ test: @escaping (UInt32) -> Bool) throws {
            try method(name, 0...0) { _, s, _ in .bool(!s.isEmpty && s.allSatisfy(test)) }
        }
        func scalar(_ c: UInt32) -> Unicode.Scalar.Properties? { Unicode.Scalar(c)?.properties }
        try predicate("isdigit") { scalar($0)?.numericType == .digit || scalar($0)?.numericType == .decimal }
        try predicate("isdecimal") { scalar($0)?.numericType == .decimal }
        try predicate("isnumeric") { scalar($0)?.numericType != nil }
        try predicate("isalpha", CaseMapping.isAlpha)
        try predicate("isalnum") { CaseMapping.isAlpha($0) || scalar($0)?.numericType != nil }
        try predicate("isspace") { isSpace($0) }
        try method("isupper", 0...0) { _, s, _ in .bool(CaseMapping.isUpperString(s)) }
        try method("islower", 0...0) { _, s, _ in .bool(CaseMapping.isLowerString(s)) }
        try method("isidentifier", 0...0) { _, s, _ in
            guard let first = s.first, let p = scalar(first), p.isXIDStart || first == 0x5F else { return .false }
            return .bool(s.dropFirst().allSatisfy { scalar($0)?.isXIDContinue ?? false })
        }
        try rt.defineMethod(str, "format_map") { rt, args in
            try BuiltinMethods.arity("str.format_map", args, 1...1)
            return try rt.makeStr(try rt.strFormat(rt.swiftString(args[0]), UnsafeBufferPointer(start: nil, count: 0), [], mapping: args[1]))
        }
        try rt.defineMethod(str, "format", keywords: ["*"]) { rt, args in
            let keywords = rt.pendingKeywords
            rt.pendingKeywords = []
            return try rt.makeStr(try rt.strFormat(rt.swiftString(args[0]), UnsafeBufferPointer(rebasing: args.dropFirst()), keywords))
        }
        try method("join", 1...1) { rt, sep, args in
            try rt.withTemporaryRoots(1) { roots in
                roots[0] = try rt.rewordingNotIterable(args[1], "can only join an iterable") { try rt.listFrom(args[1]) }
                var out: Codes = []
                for (i, x) in Builtins.elements(roots[0]).enumerated() {
                    guard StrObject.isStr(x) else {
                        throw PythonError("TypeError", "sequence item \(i): expected str instance, \(rt.typeName(x)) found")
                    }
                    if i > 0 { out += sep }
                    out += StrObject.codePoints(x.asObject)
                }
                return try make(rt, out)
            }
        }
        try method("split", 0...2, keywords: ["sep", "maxsplit"]) { rt, s, args in
            var sep: Value = args.count > 1 ? args[1] : .none
            var maxsplit = args.count > 2 ? try BuiltinMethods.index(rt, args[2]) : -1
            for (k, v) in rt.pendingKeywords { if k == "sep" { sep = v } else { maxsplit = try BuiltinMethods.index(rt, v) } }
            if !sep.isNone && !StrObject.isStr(sep) { throw PythonError("TypeError", "must be str or None, not \(rt.typeName(sep))") }
            let separator = sep.isNone ? nil : StrObject.codePoints(sep.asObject)
            if separator?.isEmpty == true { throw PythonError("ValueError", "empty separator") }
            return try list(rt, split(s, separator, maxsplit))
        }
        try method("rsplit", 0...2, keywords: ["sep", "maxsplit"]) { rt, s, args in
            var sep: Value = args.count > 1 ? args[1] : .none
            var maxsplit = args.count > 2 ? try BuiltinMethods.index(rt, args[2]) : -1
            for (k, v) in rt.pendingKeywords { if k == "sep" { sep = v } else { maxsplit = try BuiltinMethods.index(rt, v) } }
            if !sep.isNone && !StrObject.isStr(sep) { throw PythonError("TypeError", "must be str or None, not \(rt.typeName(sep))") }
            let separator = sep.isNone ? nil : StrObject.codePoints(sep.asObject)
            if separator?.isEmpty == true { throw PythonError("ValueError", "empty separator") }
            let parts = split(Array(s.reversed()), separator.map { Array($0.reversed()) }, maxsplit)
            return try list(rt, parts.reversed().map { Array($0.reversed()) })
        }
        try method("splitlines", 0...1, keywords: ["keepends"]) { rt, s, args in
            var keep = args.count > 1 ? try rt.truth(args[1]) : false
            for (_, v) in rt.pendingKeywords { keep = try rt.truth(v) }
            var parts: [Codes] = []
            var start = 0, i = 0
            let breaks: Set<UInt32> = [0x0A, 0x0D, 0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029]
            while i < s.count {
                if breaks.contains(s[i]) {
                    var end = i + 1
                    if s[i] == 0x0D && i + 1 < s.count && s[i + 1] == 0x0A { end += 1 }
                    parts.append(Array(s[start..<(keep ? end : i)]))
                    start = end
                    i = end
                } else {
                    i += 1
                }
            }
            if start < s.count { parts.append(Array(s[start...])) }
            return try list(rt, parts)
        }
        for (name, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            try method(name, 0...1) { rt, s, args in
                if args.count > 1 && !args[1].isNone && !StrObject.isStr(args[1]) {
                    throw PythonError("TypeError", "\(name) arg must be None or str")
                }
                let chars: Set<UInt32>? = args.count > 1 && !args[1].isNone ? Set(StrObject.codePoints(args[1].asObject)) : nil
                func strip(_ c: UInt32) -> Bool { chars.map { $0.contains(c) } ?? isSpace(c) }
                var a = 0, b = s.count
                if left { while a < b && strip(s[a]) { a += 1 } }
                if right { while b > a && strip(s[b - 1]) { b -= 1 } }
                return a == 0 && b == s.count ? args[0] : try make(rt, Array(s[a..<b]))
            }
        }
        for (name, atEnd) in [("startswith", false), ("endswith", true)] {
            try reading(name, 1...3) { rt, s, args in
                let length = StrObject.length(s)
                let (start, end) = try bounds(rt, args, from: 2, length: length)
                var candidates: [Value] = []
                if TupleObject.isTuple(args[1]) {
                    candidates = Array(UnsafeBufferPointer(start: TupleObject.items(args[1].asObject), count: TupleObject.count(args[1].asObject)))
                } else {
                    guard StrObject.isStr(args[1]) else {
                        throw PythonError("TypeError", "\(name) first arg must be str or a tuple of str, not \(rt.typeName(args[1]))")
                    }
                    candidates = [args[1]]
                }
                for c in candidates {
                    let p = try needle(c, "tuple for \(name) must only contain str, not")
                    let m = StrObject.length(p)
                    if start > length || m > end - start { continue }
                    if StrSearch.matches(s, at: atEnd ? end - m : start, p) { return .true }
                }
                return .false
            }
        }
        for (name, reverse, raising) in [("find", false, false), ("rfind", true, false), ("index", false, true), ("rindex", true, true)] {
            try reading(name, 1...3) { rt, s, args in
                let sought = try needle(args[1], "must be str, not")
                let (start, end) = try bounds(rt, args, from: 2, length: StrObject.length(s))
                if start > end { if raising { throw PythonError("ValueError", "substring not found") } else { return Value(uncheckedSmallInt: -1) } }
                if let i = StrSearch.find(s, sought, from: start, to: end, reverse: reverse) { return Value(uncheckedSmallInt: Int64(i)) }
                if raising { throw PythonError("ValueError", "substring not found") }
                return Value(uncheckedSmallInt: -1)
            }
        }
        try reading("count", 1...3) { rt, s, args in
            let sought = try needle(args[1], "must be str, not")
            let (start, end) = try bounds(rt, args, from: 2, length: StrObject.length(s))
            if start > end { return Value(uncheckedSmallInt: 0) }
            let m = StrObject.length(sought)
            if m == 0 { return Value(uncheckedSmallInt: Int64(end - start + 1)) }
            var n = 0, i = start
            while let j = StrSearch.find(s, sought, from: i, to: end) { n += 1; i = j + m }
            return Value(uncheckedSmallInt: Int64(n))
        }
        try method("replace", 2...3) { rt, s, args in
            let old = try codes(rt, args[1], "replace() argument 1 must be str, not")
            let new = try codes(rt, args[2], "replace() argument 2 must be str, not")
            var limit = args.count > 3 ? try BuiltinMethods.index(rt, args[3]) : -1
            var out: Codes = []
            if old.isEmpty {
                for (i, c) in s.enumerated() {
                    if limit != 0 { out += new; limit -= 1 }
                    out.append(c)
                    _ = i
                }
                if limit != 0 { out += new }
                return try make(rt, out)
            }
            var i = 0
            while i < s.count {
                if limit != 0, i + old.count <= s.count, Array(s[i..<(i + old.count)]) == old {
                    out += new
                    i += old.count
                    limit -= 1
                } else {
                    out.append(s[i])
                    i += 1
                }
            }
            return try make(rt, out)
        }
        for (name, align) in [("center", 0), ("ljust", 1), ("rjust", 2)] {
            try method(name, 1...2) { rt, s, args in
                let width = try BuiltinMethods.index(rt, args[1])
                var fill: UInt32 = 0x20
                if args.count > 2 {
                    let f = try codes(rt, args[2], "The fill character must be a unicode character, not")
                    guard f.count == 1 else { throw PythonError("TypeError", "The fill character must be exactly one character long") }
                    fill = f[0]
                }
                if width <= s.count { return args[0] }
                let total = width - s.count
                let left: Int
                switch align {
                case 0: left = total / 2 + (total & width & 1)
                case 1: left = 0
                default: left = total
                }
                return try make(rt, Codes(repeating: fill, count: left) + s + Codes(repeating: fill, count: total - left))
            }
        }
        try method("zfill", 1...1) { rt, s, args in
            let width = try BuiltinMethods.index(rt, args[1])
            if width <= s.count { return args[0] }
            var out = s
            let signed = !s.isEmpty && (s[0] == 0x2B || s[0] == 0x2D)
            out.insert(contentsOf: Codes(repeating: 0x30, count: width - s.count), at: signed ? 1 : 0)
            return try make(rt, out)
        }
        for (name, reverse) in [("partition", false), ("rpartition", true)] {
            try method(name, 1...1) { rt, s, args in
                let sep = try codes(rt, args[1], "must be str, not")
                if sep.isEmpty { throw PythonError("ValueError", "empty separator") }
                return try rt.withTemporaryRoots(3) { roots in
                    if let i = find(s, sep, from: 0, to: s.count, reverse: reverse) {
                        roots[0] = try make(rt, Array(s[..<i]))
                        roots[1] = args[1]
                        roots[2] = try make(rt, Array(s[(i + sep.count)...]))
                    } else {
                        let empty = try rt.intern("")
                        roots[0] = reverse ? empty : args[0]
                        roots[1] = empty
                        roots[2] = reverse ? args[0] : empty
                    }
                    return try rt.tuple([roots[0], roots[1], roots[2]])
                }
            }
        }
        for (name, atEnd) in [("removeprefix", false), ("removesuffix", true)] {
            try method(name, 1...1) { rt, s, args in
                let p = try codes(rt, args[1], "\(name)() argument must be str, not")
                if p.isEmpty || p.count > s.count { return args[0] }
                if atEnd ? Array(s.suffix(p.count)) == p : Array(s.prefix(p.count)) == p {
                    return try make(rt, atEnd ? Array(s.dropLast(p.count)) : Array(s.dropFirst(p.count)))
                }
                return args[0]
            }
        }
        try installMore(rt)
    }

    /// casefold, expandtabs, istitle, isprintable, isascii, maketrans, translate.
    private static func installMore(_ rt: Runtime) throws {
        let str = rt.types.str
        func method(_ name: String, _ arity: ClosedRange<Int>, keywords: Set<String>? = nil,
                    _ body: @escaping (Runtime, Codes, UnsafeBufferPointer<Value>) throws -> Value) throws {
            try rt.defineMethod(str, name, keywords: keywords) { rt, args in
                if name == "expandtabs" {
                    try BuiltinMethods.arityTakes(name, args, arity)
                } else {
                    try BuiltinMethods.arity(arity.upperBound <= 1 && arity.lowerBound == arity.upperBound ? "str.\(name)" : name, args, arity)
                }
                return try body(rt, StrObject.codePoints(args[0].asObject), args)
            }
        }
        func properties(_ c: UInt32) -> Unicode.Scalar.Properties? { Unicode.Scalar(c)?.properties }
        try method("expandtabs", 0...1, keywords: ["tabsize"]) { rt, s, args in
            var size = args.count > 1 ? try BuiltinMethods.index(rt, args[1]) : 8
            for (_, v) in rt.pendingKeywords { size = try BuiltinMethods.index(rt, v) }
            return try make(rt, expandTabs(s, size))
        }
        try method("istitle", 0...0) { _, s, _ in .bool(CaseMapping.isTitleString(s)) }
        try method("isprintable", 0...0) { _, s, _ in
            .bool(s.allSatisfy { c in
                if c == 0x20 { return true }
                guard let category = properties(c)?.generalCategory else { return false }
                switch category {
                case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
                    return false
                default: return true
                }
            })
        }
        try method("isascii", 0...0) { _, s, _ in .bool(s.allSatisfy { $0 < 0x80 }) }
        let maketrans = rt.registerNative("maketrans") { rt, args in
            guard (1...3).contains(args.count) else {
                throw PythonError("TypeError", "maketrans() takes at least 1 argument (\(args.count) given)")
            }
            return try rt.withTemporaryRoots(1) { roots in
                roots[0] = try rt.newDict()
                let table = roots[0]
                if args.count == 1 {
                    guard DictObject.isDict(args[0]) else {
                        throw PythonError("TypeError", "if you give only one argument to maketrans it must be a dict")
                    }
                    for (k, v) in DictObject.items(args[0].asObject) {
                        if StrObject.isStr(k) {
                            guard StrObject.length(k.asObject) == 1 else {
                                throw PythonError("ValueError", "string keys in translate table must be of length 1")
                            }
                            try rt.storeSubscript(table, Value(uncheckedSmallInt: Int64(StrObject.codePoint(k.asObject, 0))), v)
                        } else if IntArithmetic.isInt(k) {
                            try rt.storeSubscript(table, k, v)
                        } else {
                            throw PythonError("TypeError", "keys in translate table must be strings or integers")
                        }
                    }
                    return table
                }
                let to = try codes(rt, args[1], "maketrans() argument 2 must be str, not")
                guard StrObject.isStr(args[0]) else {
                    throw PythonError("TypeError", "first maketrans argument must be a string if there is a second argument")
                }
                let from = StrObject.codePoints(args[0].asObject)
                guard from.count == to.count else {
                    throw PythonError("ValueError", "the first two maketrans arguments must have equal length")
                }
                for (a, b) in zip(from, to) {
                    try rt.storeSubscript(table, Value(uncheckedSmallInt: Int64(a)), Value(uncheckedSmallInt: Int64(b)))
                }
                if args.count == 3 {
                    for c in try codes(rt, args[2], "maketrans() argument 3 must be str, not") {
                        try rt.storeSubscript(table, Value(uncheckedSmallInt: Int64(c)), .none)
                    }
                }
                return table
            }
        }
        try rt.withTemporaryRoots(1) { roots in
            roots[0] = try BuiltinFunctionObject.make(rt, index: maketrans, name: "maketrans")
            try TypeObject.setInDict(rt, str.asObject, try rt.intern("maketrans"),
                                     try vector(rt, kind: .staticmethod, [roots[0]]))
        }
        try method("translate", 1...1) { rt, s, args in
            var out: Codes = []
            for c in s {
                let mapped: Value
                do {
                    mapped = try rt.getItem(args[1], Value(uncheckedSmallInt: Int64(c)))
                } catch let e as PythonError where e.type == "KeyError" || e.type == "IndexError" || e.type == "LookupError" {
                    out.append(c)
                    continue
                } catch let e as RaisedException where rt.isException(e.value, "LookupError") {
                    out.append(c)
                    continue
                }
                if mapped.isNone { continue }
                if mapped.isSmallInt {
                    guard (0...0x10FFFF).contains(mapped.asSmallInt) else {
                        throw PythonError("ValueError", "character mapping must be in range(0x110000)")
                    }
                    out.append(UInt32(mapped.asSmallInt))
                } else if StrObject.isStr(mapped) {
                    out += StrObject.codePoints(mapped.asObject)
                } else {
                    throw PythonError("TypeError", "character mapping must return integer, None or str")
                }
            }
            return try make(rt, out)
        }
    }
}
